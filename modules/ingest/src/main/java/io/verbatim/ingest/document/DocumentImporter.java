package io.verbatim.ingest.document;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.RecordGrain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document (DOCX, DOC, RTF, PDF, HTML, TXT or an e-mail) into a {@code documents} dataset of text records: one
 * per paragraph by default, or one per document when the import's options ask for it
 * ({@link ImportOptions#recordGrain()}), each with its file name, part number, language and the document's
 * metadata. The engine sits behind {@link DocumentReader} and the language guess behind {@link LanguageGuess}.
 *
 * <p>A document is read whole before anything is written: its metadata decides the columns, and the text is bounded by
 * the reader's character limit, so memory stays bounded too.
 */
public final class DocumentImporter implements DatasetImporter {

    /** The layout every documents dataset gets. */
    public static final String LAYOUT = "document";

    /** Confidence for a file whose detected type is a document format. */
    static final int DOCUMENT_SCORE = 90;

    /** Confidence for plain text: below what a table importer gives a delimited file it knows. */
    static final int PLAIN_TEXT_SCORE = 20;

    private static final int PROGRESS_EVERY = 256;

    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/x-tika-ooxml-protected",
            "application/msword",
            "application/rtf",
            "application/pdf",
            "text/html",
            "application/xhtml+xml",
            "message/rfc822");

    /** Tables by name: answered at once, without opening the file, so recognising them costs the engine nothing. */
    private static final List<String> TABLE_EXTENSIONS =
            List.of(".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".xls", ".json", ".jsonl", ".ndjson");

    private static final Map<String, String> LABELS = Map.of(
            "title", "Title",
            "author", "Author",
            "created_at", "Created",
            "from", "From",
            "subject", "Subject",
            "sent_at", "Sent");

    private final DocumentReader reader;
    private final LanguageGuess languages;

    /** Tika and the interim script-based language guess. */
    public DocumentImporter() {
        this(new TikaDocumentReader(), new ScriptLanguageGuess());
    }

    public DocumentImporter(DocumentReader reader, LanguageGuess languages) {
        this.reader = reader;
        this.languages = languages;
    }

    @Override
    public DatasetKind kind() {
        return DatasetKind.DOCUMENTS;
    }

    /**
     * High for a detected document format; low for plain text, which may be a table saved as {@code .txt}, and 0 for
     * plain text that looks delimited, for CSV, TSV, spreadsheets, JSON and anything else.
     */
    @Override
    public int recognise(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (TABLE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            return 0;
        }
        try {
            String type = reader.mediaType(file);
            if (DOCUMENT_TYPES.contains(type)) {
                return DOCUMENT_SCORE;
            }
            if (type.equals("text/plain")) {
                return TableLikeText.looksTabular(file) ? 0 : PLAIN_TEXT_SCORE;
            }
            return 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** @throws io.verbatim.ingest.ImportException when the file is not a readable document */
    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        DocumentContent content = reader.read(file, JobContext.none());
        String fileName = String.valueOf(file.getFileName());
        boolean whole = perDocument(options.recordGrain(), content);
        List<String> texts = recordTexts(whole, content);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < texts.size() && i < maxRows; i++) {
            rows.add(List.of(row(fileName, content, texts, i, whole)));
        }
        return new ImportPreview(fileName, LAYOUT, content.encoding(), (char) 0, columns(content), rows, 0);
    }

    /**
     * @throws io.verbatim.ingest.ImportException when the file is not a readable document
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        String fileName = String.valueOf(file.getFileName());
        context.progress(0, -1, "Reading " + fileName);
        DocumentContent content = reader.read(file, context);
        context.checkCancelled();
        boolean whole = perDocument(options.recordGrain(), content);
        List<String> texts = recordTexts(whole, content);
        DatasetDraft draft = new DatasetDraft(
                datasetName(options, fileName), DatasetKind.DOCUMENTS, columns(content), LAYOUT, fileName);
        try (DatasetImport target = repository.beginImport(draft)) {
            for (int i = 0; i < texts.size(); i++) {
                target.append(row(fileName, content, texts, i, whole));
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(i + 1, texts.size(), "Importing %s: %,d records".formatted(fileName, i + 1));
                }
            }
            context.checkCancelled();
            Dataset dataset = target.commit();
            context.progress(texts.size(), texts.size(), "Imported %s: %,d records".formatted(fileName, texts.size()));
            return new ImportResult(dataset, target.rows(), 0);
        }
    }

    /** {@code document}, {@code part}, {@code language}, {@code text}, then the metadata the document has. */
    static List<Column> columns(DocumentContent content) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(0, "document", "Document", ValueType.TEXT, null));
        columns.add(new Column(1, "part", "Part", ValueType.NUMBER, null));
        columns.add(new Column(2, "language", "Language", ValueType.TEXT, null));
        columns.add(new Column(3, "text", "Text", ValueType.TEXT, null));
        for (String key : content.properties().keySet()) {
            ValueType type = key.endsWith("_at") ? ValueType.DATETIME : ValueType.TEXT;
            columns.add(new Column(columns.size(), key, LABELS.getOrDefault(key, key), type, null));
        }
        return columns;
    }

    private static boolean perDocument(RecordGrain grain, DocumentContent content) {
        return grain == RecordGrain.DOCUMENT || content.paragraphs().size() == 1;
    }

    private static List<String> recordTexts(boolean whole, DocumentContent content) {
        return whole ? List.of(String.join("\n\n", content.paragraphs())) : content.paragraphs();
    }

    private String[] row(String fileName, DocumentContent content, List<String> texts, int index, boolean whole) {
        String text = texts.get(index);
        String[] cells = new String[4 + content.properties().size()];
        cells[0] = fileName;
        cells[1] = whole ? "0" : Integer.toString(index + 1);
        cells[2] = languages.languageOf(text);
        cells[3] = text;
        int i = 4;
        for (String value : content.properties().values()) {
            cells[i++] = value;
        }
        return cells;
    }

    private static String datasetName(ImportOptions options, String fileName) {
        if (options.datasetName() != null && !options.datasetName().isBlank()) {
            return options.datasetName().strip();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
