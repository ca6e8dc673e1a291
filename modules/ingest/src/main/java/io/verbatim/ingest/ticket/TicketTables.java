package io.verbatim.ingest.ticket;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.ingest.mapping.Canonical;
import io.verbatim.ingest.mapping.DurationRule;
import io.verbatim.ingest.mapping.Synonyms;
import io.verbatim.ingest.mapping.TableKind;
import io.verbatim.ingest.mapping.TableLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Ticket exports as plain tables: the header synonyms of every {@link TicketField} in English and Russian, and the
 * help-desk layouts known by their headers, most specific first, and the tools' duration columns that are also stored
 * in minutes. Zendesk-style minute columns map to the minute fields directly; other tools' durations keep their own
 * column as exported and gain a minutes column, per {@link #DURATIONS}.
 */
final class TicketTables {

    private static final String LAYOUTS =
            """
            generic-tickets: Ticket ID | Ticket Status | Ticket Priority | Ticket Channel ; First Response Time \
            | Time to Resolution | Customer Satisfaction Rating | Ticket Subject | Ticket Description ; 3
            jira-sm: Issue key ; Summary | Status | Priority | Created | Resolved | Assignee | Reporter \
            | Time to first response | Request Type | Custom field (Request Type) | Issue Type | Updated \
            | Time to resolution ; 4
            intercom: Conversation ID ; Created at | First response at | Time to first response | Closed at \
            | Last closed at | Assignee | Team | Team assigned | Rating | Conversation rating | State | Channel \
            | User name | User email | Tags ; 3
            freshdesk: Ticket ID ; Subject | Status | Priority | Source | Type | Agent | Group | Created time \
            | Due by | Resolved time | Closed time | Last update time | First response time (in hrs) \
            | Resolution time (in hrs) ; 5
            zendesk-csv: Id | Requester ; Subject | Status | Priority | Requested | Created at | Updated \
            | Solved at | Solved | Group | Assignee | Tags | Satisfaction | Via | Ticket type ; 5
            tickets-ru: ; Номер | ID обращения | Номер обращения | Создан | Создано | Дата создания | Первый ответ \
            | Решён | Дата решения | Закрыт | Дата закрытия | Статус | Приоритет | Канал | Группа | Исполнитель \
            | Клиент | Заявитель | Оценка | Теги | Тема | Описание ; 5
            """;

    private static final String SYNONYMS =
            """
            id = Ticket ID | Issue key | Conversation ID | Id | ID обращения | Номер обращения | Номер заявки \
            | Номер тикета | Номер | № | Ticket number | Issue id
            created_at = Created at | Requested | Created time | Created | Date created | Creation date \
            | Created date | Дата создания | Создан | Создано | Создана | Дата обращения | Время создания
            first_reply_at = First response at | First reply at | First replied at | First Response Time \
            | Первый ответ | Дата первого ответа | Время первого ответа
            solved_at = Solved at | Solved | Resolved time | Resolved | Resolved at | Resolution date \
            | Time to Resolution | Дата решения | Решён | Решено | Решена | Время решения
            closed_at = Closed at | Closed time | Closed | Last closed at | Date closed | Дата закрытия | Закрыт \
            | Закрыто | Закрыта
            status = Status | Ticket Status | State | Статус | Состояние
            priority = Priority | Ticket Priority | Приоритет | Важность
            channel = Channel | Ticket Channel | Via | Source | Канал | Канал обращения | Источник
            group = Group | Team | Team assigned | Группа | Команда | Отдел
            assignee = Assignee | Agent | Assigned to | Owner | Исполнитель | Ответственный | Оператор | Агент
            requester = Requester | Reporter | Customer | Customer Name | User name | Contact | Contact name \
            | Requester name | Клиент | Заявитель | Контакт | Пользователь
            satisfaction = Satisfaction | Satisfaction rating | Customer Satisfaction Rating \
            | Conversation rating | Rating | CSAT | Оценка | Оценка клиента | Удовлетворённость
            tags = Tags | Labels | Conversation tags | Теги | Метки
            subject = Subject | Ticket Subject | Summary | Title | Тема | Заголовок
            description = Description | Ticket Description | Body | First message | Описание | Текст обращения \
            | Текст | Сообщение
            first_reply_minutes = First reply time (min) | First reply time in minutes | First reply time minutes
            resolution_minutes = Full resolution time (min) | Full resolution time in minutes \
            | Resolution time (min)
            """;

    /**
     * What each tool's duration columns mean (ADR 0020). {@code layout: Header = key ; unit of a bare number ;
     * meaning}; a unit in the header ({@code (in hrs)}, {@code (sec)}, {@code (min)}, {@code ms}) wins over the one
     * here, and cells such as {@code 02:30:00} or {@code 2h 30m} carry their own.
     *
     * <table>
     *   <caption>Vendor durations</caption>
     *   <tr><th>tool</th><th>column</th><th>cells</th><th>what it measures</th></tr>
     *   <tr><td>Freshdesk</td><td>First response / Resolution time (in hrs)</td><td>{@code 2.5}, some exports
     *       {@code 02:30:00}</td><td>elapsed, on the business hours of the ticket's SLA policy</td></tr>
     *   <tr><td>Intercom</td><td>Time to first response, Time to close</td><td>seconds, {@code 00:02:35} or
     *       {@code 2h 3m 4s}</td><td>elapsed; Intercom's exported durations leave out time outside office
     *       hours</td></tr>
     *   <tr><td>Jira SM</td><td>Time to first response, Time to resolution</td><td>{@code 2h 30m}, {@code -1h 5m},
     *       {@code 1d 4h}, milliseconds</td><td>not elapsed: time left to the SLA goal when the cycle stopped
     *       (negative: breached by), on the SLA's calendar; so not a reply or resolution time</td></tr>
     * </table>
     */
    private static final String DURATIONS =
            """
            freshdesk: First response time (in hrs) = first_reply_minutes ; hours ; clock: Freshdesk business hours \
            of the ticket's SLA policy (calendar hours only if that policy runs 24/7)
            freshdesk: Resolution time (in hrs) = resolution_minutes ; hours ; clock: Freshdesk business hours \
            of the ticket's SLA policy (calendar hours only if that policy runs 24/7)
            intercom: Time to first response = first_reply_minutes ; seconds ; clock: Intercom office hours when the workspace \
            sets them (Intercom leaves time outside office hours out of its durations)
            intercom: Time to close = resolution_minutes ; seconds ; clock: Intercom office hours when the workspace \
            sets them (Intercom leaves time outside office hours out of its durations)
            jira-sm: Time to first response = first_response_sla_remaining_minutes ; milliseconds ; Jira SLA time \
            left to the goal when the cycle stopped, negative when breached, on the SLA's calendar; not a reply time
            jira-sm: Time to resolution = resolution_sla_remaining_minutes ; milliseconds ; Jira SLA time left to \
            the goal when the cycle stopped, negative when breached, on the SLA's calendar; not a resolution time
            """;

    private TicketTables() {}

    static List<DurationRule> durations() {
        return Parsed.DURATION_RULES;
    }

    /** The kind's synonyms and layouts, parsed once per process (they are immutable; every importer shares them). */
    static TableKind kind() {
        return Parsed.KIND;
    }

    private static TableKind parseKind() {
        List<Canonical> fields =
                Arrays.stream(TicketField.values()).map(TicketTables::field).toList();
        Set<Canonical> distinctive = Set.of(
                field(TicketField.STATUS),
                field(TicketField.PRIORITY),
                field(TicketField.ASSIGNEE),
                field(TicketField.GROUP),
                field(TicketField.SOLVED_AT),
                field(TicketField.CLOSED_AT),
                field(TicketField.FIRST_REPLY_AT));
        return new TableKind(
                DatasetKind.TICKETS, Synonyms.parse(fields, SYNONYMS), TableLayout.parse(LAYOUTS), 5, distinctive, 2);
    }

    static Canonical field(TicketField field) {
        return new Canonical(field.key(), field.type());
    }

    /** Holds what the texts above parse to, built when first asked for (the start-up warm-up asks first). */
    private static final class Parsed {
        static final TableKind KIND = parseKind();
        static final List<DurationRule> DURATION_RULES = DurationRule.parse(DURATIONS);
    }
}
