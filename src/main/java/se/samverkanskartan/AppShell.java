package se.samverkanskartan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme and the application's own styles. */
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "description", content = "Samverkanskartan – samverkan i trygghetsarbetet i Stockholms län")
public class AppShell implements AppShellConfigurator {

}
