package io.verbatim.ingest.ticket;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.ingest.mapping.Canonical;
import io.verbatim.ingest.mapping.Synonyms;
import io.verbatim.ingest.mapping.TableKind;
import io.verbatim.ingest.mapping.TableLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Ticket exports as plain tables: the header synonyms of every {@link TicketField} in English and Russian, and the
 * help-desk layouts known by their headers, most specific first. Durations such as Freshdesk's {@code First response
 * time (in hrs)} or Jira's SLA {@code Time to first response} are kept under their own names, because their units and
 * shapes differ by tool; only Zendesk-style minute columns map to the minute fields.
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

    private TicketTables() {}

    static TableKind kind() {
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
}
