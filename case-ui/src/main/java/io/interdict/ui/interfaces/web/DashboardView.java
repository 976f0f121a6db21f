package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.domain.model.cases.CaseFigures;
import io.interdict.ui.interfaces.web.dashboard.CaseCharts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.function.Function;

/**
 * Where the casework stands: open cases by queue and age, triage SLA breaches, the false-positive rate by list and
 * hits per day over the last 30 days. Counted once per visit; the charts are drawn on the server.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Interdict")
@RolesAllowed({"manager", "admin"})
public class DashboardView extends VerticalLayout {

    private static final int DAYS = 30;

    @Inject
    public DashboardView(CaseQueries queries, Clock clock) {
        setWidthFull();
        var heading = new H2("Dashboard");
        heading.setId("view-heading");
        CaseFigures figures = queries.figures(clock.instant(), DAYS);
        long open = figures.openByQueue().stream().mapToLong(CaseFigures.QueueAges::total).sum();
        var tiles = new HorizontalLayout(tile("tile-open", "Open cases", open),
                tile("tile-breaches", "Triage SLA breached", figures.triageBreaches()),
                tile("tile-hits", "Hits, last " + DAYS + " days",
                        figures.hitsPerDay().stream().mapToLong(CaseFigures.DayCount::count).sum()));
        var charts = new Div(chart("chart-open-by-queue", "Open cases by queue and age", figures,
                        CaseCharts::openByQueue),
                chart("chart-false-positive-rate", "False-positive rate by list", figures,
                        CaseCharts::falsePositiveRateByList),
                chart("chart-hits-per-day", "Hits per day", figures, CaseCharts::hitsPerDay));
        charts.addClassName("charts");
        add(heading, tiles, charts);
    }

    private static Component tile(String id, String label, long value) {
        var number = new Span(String.valueOf(value));
        number.setId(id);
        number.addClassName("tile-value");
        var tile = new Div(number, new Span(label));
        tile.addClassName("tile");
        return tile;
    }

    private static Image chart(String id, String description, CaseFigures figures,
                               Function<CaseFigures, byte[]> drawing) {
        var image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] png = drawing.apply(figures);
            return new DownloadResponse(new ByteArrayInputStream(png), id + ".png", "image/png", png.length);
        }), description);
        image.setId(id);
        image.setWidth(CaseCharts.WIDTH + "px");
        image.addClassName("chart");
        return image;
    }
}
