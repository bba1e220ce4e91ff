package se.samverkanskartan;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

import se.samverkanskartan.accounts.ui.LoginView;

/**
 * Page-wide settings: the Lumo theme and the application's own styles. Only the login's
 * components load with every page; each view's come with it (by default the start view's
 * graph library came with every page, the survey form too).
 */
@LoadDependenciesOnStartup(LoginView.class)
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles.css")
@Meta(name = "description", content = "Samverkanskartan – samverkan i trygghetsarbetet i Stockholms län")
public class AppShell implements AppShellConfigurator {

}
