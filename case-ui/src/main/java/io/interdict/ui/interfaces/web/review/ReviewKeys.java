package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's keyboard: single keys, as a mail client's, listed in the {@code ?} overlay. While a text field has the
 * focus its keys are its own: the same keys are caught there first and typed, not acted on.
 */
public class ReviewKeys {

    /** One shortcut: its key, what it does, and the action. */
    public record Shortcut(String key, String description, Command action) {
    }

    private final Component owner;
    private final List<Shortcut> shortcuts = new ArrayList<>();

    public ReviewKeys(Component owner) {
        this.owner = owner;
    }

    public ReviewKeys on(String key, String description, Command action) {
        shortcuts.add(new Shortcut(key, description, action));
        Shortcuts.addShortcutListener(owner, action, Key.of(key));
        return this;
    }

    /** {@code ?} (with or without Shift, as keyboards give it) opens the list of keys. */
    public ReviewKeys withOverlay() {
        shortcuts.add(new Shortcut("?", "show these keys", this::showOverlay));
        Shortcuts.addShortcutListener(owner, this::showOverlay, Key.of("?"), KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(owner, this::showOverlay, Key.of("?"));
        return this;
    }

    /** The field keeps its keys: they are typed into it and reach no shortcut. */
    public void typedIn(Component field) {
        for (Shortcut shortcut : shortcuts) {
            Shortcuts.addShortcutListener(field, () -> { }, Key.of(shortcut.key())).listenOn(field)
                    .allowBrowserDefault();
            if (shortcut.key().equals("?")) {
                Shortcuts.addShortcutListener(field, () -> { }, Key.of("?"), KeyModifier.SHIFT).listenOn(field)
                        .allowBrowserDefault();
            }
        }
    }

    public void showOverlay() {
        var dialog = new Dialog();
        dialog.setId("shortcuts-overlay");
        dialog.setHeaderTitle("Keyboard shortcuts");
        var list = new Div();
        list.setId("shortcut-list");
        list.addClassName("shortcut-list");
        for (Shortcut shortcut : shortcuts) {
            var key = new Span(shortcut.key());
            key.addClassName("key");
            var line = new Div(key, new Span(shortcut.description()));
            line.addClassName("shortcut");
            list.add(line);
        }
        dialog.add(list);
        var close = new Button("Close", click -> dialog.close());
        close.setId("shortcuts-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
