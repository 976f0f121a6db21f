package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import io.interdict.casework.application.ScreeningResult;
import java.util.Locale;

/**
 * Why the hit scored as it did, as the engine gave it: the explanation, each feature with its value, weight and
 * contribution, and how the words of the two names were paired.
 */
public class ScoreReasons extends Div {

    public ScoreReasons(ScreeningResult.HitView hit) {
        setId("score-reasons");
        addClassName("score-reasons");
        var title = new H4("Score " + decimal(hit.score()) + ": why");
        var explanation = new Paragraph(hit.explanation() == null ? "The reasons were not kept for this hit."
                : hit.explanation());
        explanation.setId("score-explanation");
        var features = new Grid<ScreeningResult.FeatureView>();
        features.setId("score-features");
        features.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        features.setAllRowsVisible(true);
        features.addColumn(ScreeningResult.FeatureView::feature).setHeader("Feature").setFlexGrow(2);
        features.addColumn(f -> decimal(f.value())).setHeader("Value").setAutoWidth(true).setFlexGrow(0);
        features.addColumn(f -> decimal(f.weight())).setHeader("Weight").setAutoWidth(true).setFlexGrow(0);
        features.addColumn(f -> signed(f.contribution())).setHeader("Contribution").setAutoWidth(true)
                .setFlexGrow(0);
        features.addColumn(f -> f.detail() == null ? "" : f.detail()).setHeader("Detail").setFlexGrow(3);
        features.setItems(hit.features());
        var tokens = new Grid<ScreeningResult.TokenView>();
        tokens.setId("score-tokens");
        tokens.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        tokens.setAllRowsVisible(true);
        tokens.addColumn(ScreeningResult.TokenView::queryToken).setHeader("Party's word");
        tokens.addColumn(ScreeningResult.TokenView::listToken).setHeader("Entry's word");
        tokens.addColumn(t -> decimal(t.similarity())).setHeader("Similarity").setAutoWidth(true);
        tokens.addColumn(ScreeningResult.TokenView::kind).setHeader("How").setAutoWidth(true);
        tokens.setItems(hit.tokens());
        add(title, explanation, features, tokens);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }
}
