package io.verbatim.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.LanguageSetting;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.SmallSurvey;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.port.StoreException;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final InMemoryDatasetRepository repository = SmallSurvey.repository();
    private final WorkspaceSession session =
            new WorkspaceSession(new SynchronousJobRunner(), dir -> new OpenedWorkspace(dir, repository, () -> {}));
    private final LanguageSetting language = new LanguageSetting(Language.ENGLISH);

    @Test
    void showsNoWorkspaceUntilOneIsOpened() {
        MainViewModel viewModel = new MainViewModel(session, language, Messages.of(Language.ENGLISH));

        assertThat(viewModel.workspaceOpenProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("No workspace open");
    }

    @Test
    void openingAWorkspaceListsAndSelectsItsDatasets() {
        MainViewModel viewModel = new MainViewModel(session, language, Messages.of(Language.ENGLISH));

        viewModel.openWorkspace(Path.of("/work/ws"));

        assertThat(viewModel.workspaceOpenProperty().get()).isTrue();
        assertThat(viewModel.workspaceTitleProperty().get())
                .isEqualTo(Path.of("/work/ws").toString());
        assertThat(viewModel.datasets()).extracting(d -> d.name()).containsExactly("small");
        assertThat(viewModel.selectedDatasetProperty().get().name()).isEqualTo("small");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Ready · 1 dataset");
        assertThat(viewModel.datasetDetails(viewModel.datasets().getFirst())).isEqualTo("Survey · 28 rows");
    }

    @Test
    void everyKindOfDatasetIsListedWithATranslatedKind() {
        MainViewModel english = new MainViewModel(session, language, Messages.of(Language.ENGLISH));
        MainViewModel russian = new MainViewModel(session, language, Messages.of(Language.RUSSIAN));

        assertThat(english.datasetDetails(dataset(DatasetKind.TICKETS))).startsWith("Tickets · ");
        assertThat(english.datasetDetails(dataset(DatasetKind.MENTIONS))).startsWith("Mentions · ");
        assertThat(english.datasetDetails(dataset(DatasetKind.DOCUMENTS))).startsWith("Documents · ");
        assertThat(russian.datasetDetails(dataset(DatasetKind.TICKETS))).startsWith("Обращения · ");
        assertThat(russian.datasetDetails(dataset(DatasetKind.MENTIONS))).startsWith("Упоминания · ");
        assertThat(russian.datasetDetails(dataset(DatasetKind.DOCUMENTS))).startsWith("Документы · ");
        assertThat(russian.datasetDetails(dataset(DatasetKind.SURVEY))).startsWith("Опрос · ");
    }

    private static Dataset dataset(DatasetKind kind) {
        return new Dataset(1, kind.wireName(), kind, 12, List.of(), "generic", "export.csv", Instant.EPOCH);
    }

    @Test
    void aWorkspaceThatCannotBeOpenedIsReportedInOneLine() {
        WorkspaceSession failing = new WorkspaceSession(new SynchronousJobRunner(), dir -> {
            throw new StoreException("The workspace is open in another Verbatim window");
        });
        MainViewModel viewModel = new MainViewModel(failing, language, Messages.of(Language.ENGLISH));

        viewModel.openWorkspace(Path.of("/work/locked"));

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Could not open the workspace: The workspace is open in another Verbatim window");
        assertThat(viewModel.workspaceOpenProperty().get()).isFalse();
    }

    @Test
    void switchingLanguageChangesTheSharedSetting() {
        MainViewModel viewModel = new MainViewModel(session, language, Messages.of(Language.ENGLISH));

        viewModel.switchLanguage(Language.RUSSIAN);

        assertThat(language.language()).isEqualTo(Language.RUSSIAN);
        assertThat(viewModel.languageProperty().get()).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void aRussianViewModelSpeaksRussian() {
        session.open(Path.of("/work/ws"));
        MainViewModel viewModel = new MainViewModel(session, language, Messages.of(Language.RUSSIAN));

        assertThat(viewModel.statusProperty().get()).isEqualTo("Готово · наборов данных: 1");
        assertThat(viewModel.datasetDetails(viewModel.datasets().getFirst())).isEqualTo("Опрос · строк: 28");
    }
}
