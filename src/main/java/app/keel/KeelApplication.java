package app.keel;

import app.keel.base.ProdDatasourceCheck;
import app.keel.base.db.DatabaseCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Keel", shortName = "Keel")
public class KeelApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (DatabaseCommand.wants(args)) {
            System.exit(DatabaseCommand.run(args));
        }
        SpringApplication app = new SpringApplication(KeelApplication.class);
        app.addListeners(new ProdDatasourceCheck());
        app.run(args);
    }
}
