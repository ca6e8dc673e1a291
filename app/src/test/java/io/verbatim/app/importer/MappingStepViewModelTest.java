package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.preset.Preset;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.DateOrder;
import io.verbatim.ingest.preset.MappingJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's mapping step over the real importers and a real H2 workspace (presets are stored in it). */
class MappingStepViewModelTest {

    @TempDir
    Path dir;

    @AutoClose
    private RealWorkspace real;

    @BeforeEach
    void open() {
        real = RealWorkspace.open(dir.resolve("workspace"));
    }

    private ImportWizardViewModel wizard(Language language) {
        return new ImportWizardViewModel(
                real.session(), StandardImporters.all(), new SynchronousJobRunner(), Messages.of(language));
    }

    @Test
    void aTicketTableShowsEveryColumnWithItsTypeAndTheFieldTheImporterMapsItTo() {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);

        wizard.choose(resource("zendesk_view_export.csv"));
        MappingStepViewModel mapping = wizard.mapping();

        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.tableOptionsProperty().get()).isTrue();
        assertThat(mapping.rows()).extracting(MappingRow::header).hasSize(15).startsWith("Id", "Requester");
        assertThat(row(mapping, "Requested").fieldProperty().get()).isEqualTo("created_at");
        assertThat(row(mapping, "Requested").type()).isEqualTo("date");
        assertThat(row(mapping, "Requester id").fieldProperty().get()).isEqualTo(MappingRow.NO_FIELD);
        assertThat(row(mapping, "Requester id").type()).isEqualTo("number");
        assertThat(mapping.fieldChoices())
                .startsWith(MappingRow.NO_FIELD)
                .containsAll(Arrays.stream(TicketField.values())
                        .map(TicketField::key)
                        .toList());
        assertThat(mapping.previewRows()).isNotEmpty().hasSizeLessThanOrEqualTo(MappingStepViewModel.PREVIEW_ROWS);
        assertThat(mapping.detectedOrderProperty().get()).isEqualTo("No ambiguous slash dates in the data");
    }

    @Test
    void theChoicesMakeTheMappingTheCommandLineReadsFromTheSameJsonAndTheImportAppliesIt() {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);
        wizard.choose(resource("zendesk_view_export.csv"));
        MappingStepViewModel mapping = wizard.mapping();

        row(mapping, "Updated").fieldProperty().set("closed_at");
        row(mapping, "Requester id").skipProperty().set(true);
        row(mapping, "Ticket type").skipProperty().set(true);
        mapping.dateOrderProperty().set(DateOrderChoice.DAY_FIRST);
        mapping.excelDatesProperty().set(ExcelDates.FROM_1904);
        mapping.zoneProperty().set(new ZoneChoice(ZoneId.of("Europe/Moscow")));

        ColumnMapping fromJson = MappingJson.parse(
                """
                {"kind": "tickets",
                 "fields": {"id": "Id", "requester": "Requester", "subject": "Subject", "status": "Status",
                            "priority": "Priority", "group": "Group", "assignee": "Assignee", "tags": "Tags",
                            "created_at": "Requested", "closed_at": "Updated", "solved_at": "Solved at",
                            "satisfaction": "Satisfaction", "channel": "Via"},
                 "skip": ["Requester id", "Ticket type"],
                 "date_order": "DMY", "time_zone": "Europe/Moscow", "excel_dates": "1904"}
                """,
                Path.of("mapping.json"));
        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.mapping()).isEqualTo(fromJson);
        assertThat(row(mapping, "Requester id").type()).isEqualTo("— skipped —");
        assertThat(mapping.previewHeaders()).doesNotContain("Requester id", "Ticket type");

        wizard.importData();

        assertThat(wizard.errorProperty().get()).isEmpty();
        Dataset imported = real.workspace().datasets().datasets().getFirst();
        assertThat(imported.columns())
                .extracting(Column::key)
                .contains("closed_at")
                .doesNotContain("Requester id");
        assertThat(imported.columns()).extracting(Column::label).doesNotContain("Requester id", "Ticket type");
    }

    @Test
    void aFieldTakesOneColumnSoPickingItForAnotherColumnFreesTheFirst() {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);
        wizard.choose(resource("zendesk_view_export.csv"));
        MappingStepViewModel mapping = wizard.mapping();

        row(mapping, "Updated").fieldProperty().set("created_at");

        assertThat(mapping.mapping().fields()).containsEntry("created_at", "Updated");
        assertThat(row(mapping, "Requested").fieldProperty().get()).isEqualTo(MappingRow.NO_FIELD);
    }

    @Test
    void theDateOrderIsDetectedFromTheDataAndAChoiceThatContradictsItIsRefusedOnOneLine() throws IOException {
        Path dayFirst = write(
                "day-first.csv",
                "Ticket ID,Status,Priority,Created at,Assignee,Group",
                "1,open,high,13/03/2024 10:00,Ann,L1",
                "2,solved,low,05/03/2024 11:00,Bob,L2");
        Path either = write(
                "either.csv",
                "Ticket ID,Status,Priority,Created at,Assignee,Group",
                "1,open,high,03/05/2024 10:00,Ann,L1");
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);

        wizard.choose(dayFirst);
        MappingStepViewModel mapping = wizard.mapping();
        assertThat(mapping.detectedOrderProperty().get()).isEqualTo("Detected from the data: day first");
        assertThat(mapping.previewRows().get(1))
                .anySatisfy(cell -> assertThat(cell).startsWith("2024-03-05T11:00"));

        mapping.dateOrderProperty().set(DateOrderChoice.MONTH_FIRST);
        assertThat(mapping.problemProperty().get())
                .contains("day-first.csv:2:4:")
                .contains("date_order")
                .doesNotContain("\n");

        wizard.choose(either);
        assertThat(mapping.detectedOrderProperty().get())
                .isEqualTo("The data fits both orders; Auto reads month first");
        mapping.dateOrderProperty().set(DateOrderChoice.DAY_FIRST);
        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.mapping().dateOrder()).isEqualTo(DateOrder.DMY);
    }

    @Test
    void aSavedPresetIsStoredInTheWorkspaceAndOfferedForTheNextFileOfTheSameShapeOnly() throws IOException {
        ImportWizardViewModel first = wizard(Language.ENGLISH);
        first.choose(resource("zendesk_view_export.csv"));
        MappingStepViewModel mapping = first.mapping();
        assertThat(mapping.offerProperty().get()).isNull();
        row(mapping, "Updated").fieldProperty().set("closed_at");
        row(mapping, "Requester id").skipProperty().set(true);
        mapping.dateOrderProperty().set(DateOrderChoice.DAY_FIRST);

        mapping.savePreset("  Zendesk view ");

        assertThat(mapping.statusProperty().get()).contains("Zendesk view");
        Preset stored = real.workspace().presets().preset("Zendesk view").orElseThrow();
        assertThat(stored.kind()).isEqualTo(DatasetKind.TICKETS);
        ColumnMapping saved = MappingJson.parse(stored.mapping(), Path.of("preset"));
        assertThat(saved).isEqualTo(mapping.mapping());

        Path sameShape = copyWithOtherRows(resource("zendesk_view_export.csv"), "next-month.csv");
        ImportWizardViewModel next = wizard(Language.ENGLISH);
        next.choose(sameShape);
        MappingStepViewModel offered = next.mapping();

        assertThat(offered.offerProperty().get()).isNotNull();
        assertThat(offered.offerProperty().get().name()).isEqualTo("Zendesk view");
        assertThat(offered.offerAppliedProperty().get()).isTrue();
        assertThat(offered.presetNames()).containsExactly("Zendesk view");
        assertThat(offered.mapping()).isEqualTo(saved);
        assertThat(row(offered, "Requester id").skipProperty().get()).isTrue();

        offered.declineOffer();
        assertThat(offered.offerAppliedProperty().get()).isFalse();
        assertThat(offered.mapping().dateOrder()).isNull();
        assertThat(offered.mapping().skip()).isEmpty();
        assertThat(offered.mapping().fields()).containsEntry("created_at", "Requested");

        Path otherShape = write(
                "other.csv",
                "Ticket ID,Status,Priority,Created at,Assignee,Group",
                "1,open,high,2024-03-05 10:00,Ann,L1");
        ImportWizardViewModel other = wizard(Language.ENGLISH);
        other.choose(otherShape);
        assertThat(other.mapping().offerProperty().get()).isNull();
        assertThat(other.mapping().presetNames()).containsExactly("Zendesk view");
        other.mapping().applyPreset("Zendesk view");
        assertThat(other.mapping().problemProperty().get())
                .contains("other.csv")
                .contains("the mapping")
                .doesNotContain("\n");
    }

    @Test
    void aSurveyHasRolesOnlyAndItsPresetSetsTheRolesOfTheNextSurvey() throws IOException {
        ImportWizardViewModel first = wizard(Language.RUSSIAN);
        first.choose(resource("small-survey.csv"));
        MappingStepViewModel mapping = first.mapping();
        assertThat(mapping.tableOptionsProperty().get()).isFalse();
        assertThat(mapping.mappableProperty().get()).isTrue();
        assertThat(mapping.rows()).extracting(MappingRow::type).contains("оценка", "текст");
        roleRow(first, "nps").roleProperty().set(RoleChoice.CSAT);
        roleRow(first, "nps").scaleProperty().set(new ScaleChoice(1, 5));
        assertThat(mapping.mapping())
                .isEqualTo(MappingJson.parse(
                        "{\"kind\": \"survey\", \"roles\": {\"nps\": \"csat:1-5\"}}", Path.of("mapping.json")));

        mapping.savePreset("Wave");

        ImportWizardViewModel next = wizard(Language.RUSSIAN);
        next.choose(copyWithOtherRows(resource("small-survey.csv"), "wave-2.csv"));
        assertThat(next.mapping().offerProperty().get().name()).isEqualTo("Wave");
        assertThat(roleRow(next, "nps").roleProperty().get()).isEqualTo(RoleChoice.CSAT);
        assertThat(roleRow(next, "nps").scaleProperty().get()).isEqualTo(new ScaleChoice(1, 5));
    }

    @Test
    void aSurveysDateChoicesRereadItsPreviewAndTheImportAppliesThemWithItsSkippedColumns() throws IOException {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);
        wizard.choose(write(
                "pulse.csv",
                "ResponseId,Submitted,Email,NPS",
                "R_1,05/03/2024 10:15,anna@example.com,9",
                "R_2,06/04/2024 11:00,boris@example.com,3"));
        MappingStepViewModel mapping = wizard.mapping();
        assertThat(mapping.tableOptionsProperty().get()).isFalse();
        assertThat(mapping.previewRows().getFirst())
                .containsExactly("R_1", "2024-05-03T10:15:00", "anna@example.com", "9");

        row(mapping, "Email").skipProperty().set(true);
        mapping.dateOrderProperty().set(DateOrderChoice.DAY_FIRST);
        mapping.zoneProperty().set(new ZoneChoice(ZoneId.of("Europe/Moscow")));

        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.previewRows().getFirst().get(1)).isEqualTo("2024-03-05T10:15:00+03:00");
        assertThat(row(mapping, "Email").skipProperty().get()).isTrue();
        assertThat(row(mapping, "Submitted").type()).isEqualTo("date");
        assertThat(mapping.mapping().dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(mapping.mapping().skip()).containsExactly("Email");

        wizard.importData();

        assertThat(wizard.errorProperty().get()).isEmpty();
        Dataset imported = real.workspace().datasets().datasets().getFirst();
        assertThat(imported.columns()).extracting(Column::key).containsExactly("ResponseId", "Submitted", "NPS");
        Column submitted = imported.columns().get(1);
        assertThat(real.workspace().datasets().readColumn(imported, submitted))
                .containsExactly("2024-03-05T10:15:00+03:00", "2024-04-06T11:00:00+03:00");
    }

    @Test
    void aPresetForAnotherKindIsRefusedOnOneTranslatedLine() throws IOException {
        ImportWizardViewModel survey = wizard(Language.RUSSIAN);
        survey.choose(resource("small-survey.csv"));
        survey.mapping().savePreset("Волна");

        ImportWizardViewModel tickets = wizard(Language.RUSSIAN);
        tickets.choose(resource("zendesk_view_export.csv"));
        tickets.mapping().applyPreset("Волна");

        assertThat(tickets.mapping().problemProperty().get())
                .isEqualTo("Шаблон «Волна» для набора вида «Опрос», а этот файл читается как «Обращения».");
        assertThat(tickets.mapping().appliedPresetProperty().get()).isEmpty();
    }

    private static MappingRow row(MappingStepViewModel mapping, String header) {
        return mapping.rows().stream()
                .filter(r -> r.header().equals(header))
                .findFirst()
                .orElseThrow();
    }

    private static ColumnRoleRow roleRow(ImportWizardViewModel wizard, String key) {
        return wizard.columns().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    /** The same header with the data rows reversed: next month's export of the same report. */
    private Path copyWithOtherRows(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> rows = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(rows);
        rows.addFirst(lines.getFirst());
        return Files.write(dir.resolve(name), rows, StandardCharsets.UTF_8);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(MappingStepViewModelTest.class.getResource(name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
