package io.verbatim.ingest.mention;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.ingest.mapping.Canonical;
import io.verbatim.ingest.mapping.Synonyms;
import io.verbatim.ingest.mapping.TableKind;
import io.verbatim.ingest.mapping.TableLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Mention exports as plain tables: the header synonyms of every {@link MentionField} in English and Russian, and the
 * monitoring tools' layouts known by their headers, most specific first. The tool's own sentiment column maps to
 * {@link MentionField#TOOL_SENTIMENT}.
 */
final class MentionTables {

    private static final String LAYOUTS =
            """
            twitter: tweet_id | author_id | inbound | created_at | text ; response_tweet_id \
            | in_response_to_tweet_id ; 0
            talkwalker: published | content ; url | title | domain_url | source_type | sentiment | reach \
            | engagement | lang | extra_author_attributes.name | country ; 4
            brandwatch: Url ; Query Id | Query Name | Date | Title | Snippet | Full Text | Domain | Sentiment \
            | Page Type | Author | Full Name | Impact | Reach (new) | Impressions ; 6
            brand24: Content ; Date | Hour | Title | Source | Domain | Author | Sentiment | Reach | Influence score \
            | Interactions | Likes | Comments | Shares | Category ; 5
            youscan: Text ; Date | Time | Source | Post type | Resource type | Author | URL | Sentiment | Audience \
            | Engagement | Tags | Country | Language | Author gender ; 5
            medialogia: ; Дата | Дата публикации | Источник | СМИ | Автор | Текст | Заголовок | Ссылка | URL \
            | Тональность | Охват | Аудитория | Вовлечённость | Тип источника | Регион | Город | Цитируемость \
            | Медиаиндекс ; 5
            """;

    private static final String SYNONYMS =
            """
            id = Id | Mention id | Tweet id | Post id | Resource id | ID упоминания | ID сообщения
            published_at = Date | Published | Published at | Publication date | Date published | Created at \
            | Created | Datetime | Дата | Дата публикации | Время публикации | Дата и время
            source = Source | Domain | Site | Resource | Source name | domain_url | Источник | СМИ | Ресурс \
            | Площадка
            platform = Platform | Source type | Resource type | Page Type | Media type | Social network \
            | Тип источника | Платформа | Соцсеть | Тип площадки
            author = Author | Author name | extra_author_attributes.name | Username | Screen name | Author id \
            | Автор | Имя автора
            reach = Reach | Audience | Reach (new) | Potential reach | Followers | Impressions | Охват \
            | Аудитория | Потенциальный охват | Подписчики
            engagement = Engagement | Interactions | Engagements | Total engagements | Вовлечённость \
            | Вовлечение | Взаимодействия | Реакции
            text = Text | Full Text | Content | Snippet | Message | Post text | Mention | Текст \
            | Текст сообщения | Содержание | Фрагмент
            url = URL | Link | Permalink | Ссылка | Адрес | URL адрес
            tool_sentiment = Sentiment | Tone | Tonality | Тональность | Тон | Сентимент
            brand = Brand | Query Name | Query | Project | Бренд | Объект
            """;

    private MentionTables() {}

    /** The kind's synonyms and layouts, parsed once per process (they are immutable; every importer shares them). */
    static TableKind kind() {
        return Parsed.KIND;
    }

    private static TableKind parseKind() {
        List<Canonical> fields =
                Arrays.stream(MentionField.values()).map(MentionTables::field).toList();
        Set<Canonical> distinctive = Set.of(
                field(MentionField.TEXT),
                field(MentionField.PUBLISHED_AT),
                field(MentionField.URL),
                field(MentionField.REACH),
                field(MentionField.ENGAGEMENT),
                field(MentionField.TOOL_SENTIMENT));
        return new TableKind(
                DatasetKind.MENTIONS, Synonyms.parse(fields, SYNONYMS), TableLayout.parse(LAYOUTS), 4, distinctive, 4);
    }

    static Canonical field(MentionField field) {
        return new Canonical(field.key(), field.type());
    }

    /** Holds what the texts above parse to, built when first asked for (the start-up warm-up asks first). */
    private static final class Parsed {
        static final TableKind KIND = parseKind();
    }
}
