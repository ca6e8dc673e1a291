package io.verbatim.app.importer;

import io.verbatim.app.fx.ViewLoader;
import io.verbatim.app.fx.ViewLoader.LoadedView;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard in its own modal window. The wizard's job keeps running if the window is closed early. */
public final class ImportWizardWindow {

    private final ViewLoader loader;

    public ImportWizardWindow(ViewLoader loader) {
        this.loader = loader;
    }

    public void show(Window owner) {
        LoadedView<ImportWizardView> view = loader.load(ImportWizardView.class);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(loader.messages().get("import.title"));
        Scene scene = new Scene(view.root(), 1000, 800);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnHidden(e -> view.controller().viewModel().cancel());
        stage.show();
    }
}
