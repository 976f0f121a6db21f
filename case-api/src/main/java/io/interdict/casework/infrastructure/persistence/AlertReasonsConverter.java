package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.AlertReasons.FeatureContribution;
import io.interdict.casework.domain.model.cases.AlertReasons.TokenAlignment;
import io.interdict.casework.domain.model.cases.AlertReasons;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Stores an alert's reasons as versioned JSON whose field names are written out here, not derived from the Java
 * records, so that renaming a record component (or an API field) cannot blank the reasons of every stored alert.
 * <ul>
 *   <li>Version 1: {@code {"v":1,"primaryName","explanation","tokens":[{"query","list","similarity","kind"}],
 *       "features":[{"feature","value","weight","contribution","detail"}]}}.</li>
 *   <li>Version 0 (no {@code "v"}): what was stored before, the API's hit view of that time, whose token fields were
 *       {@code queryToken} and {@code listToken}. Read, never written.</li>
 * </ul>
 * A new shape gets a new version number and a reader here beside the old ones.
 */
@Converter(autoApply = true)
public class AlertReasonsConverter implements AttributeConverter<AlertReasons, String> {

    static final int CURRENT_VERSION = 1;

    @Override
    public String convertToDatabaseColumn(AlertReasons reasons) {
        if (reasons == null) {
            return null;
        }
        JsonArrayBuilder tokens = Json.createArrayBuilder();
        reasons.tokens().forEach(t -> tokens.add(Json.createObjectBuilder().add("query", t.queryToken())
                .add("list", t.listToken()).add("similarity", t.similarity()).add("kind", t.kind())));
        JsonArrayBuilder features = Json.createArrayBuilder();
        reasons.features().forEach(f -> features.add(Json.createObjectBuilder().add("feature", f.feature())
                .add("value", f.value()).add("weight", f.weight()).add("contribution", f.contribution())
                .add("detail", f.detail() == null ? "" : f.detail())));
        return Json.createObjectBuilder().add("v", CURRENT_VERSION).add("primaryName", reasons.primaryName())
                .add("explanation", reasons.explanation()).add("tokens", tokens).add("features", features)
                .build().toString();
    }

    @Override
    public AlertReasons convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        JsonObject json = parse(stored);
        int version = json.containsKey("v") ? json.getInt("v") : 0;
        return switch (version) {
            case 0 -> read(json, "queryToken", "listToken");
            case 1 -> read(json, "query", "list");
            default -> throw new IllegalStateException("alert reasons of version " + version + " are newer than this"
                    + " server reads (up to " + CURRENT_VERSION + ")");
        };
    }

    private static JsonObject parse(String stored) {
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new IllegalStateException("stored alert reasons are not JSON: " + e.getMessage(), e);
        }
    }

    private static AlertReasons read(JsonObject json, String queryField, String listField) {
        List<TokenAlignment> tokens = objects(json, "tokens").stream().map(t -> new TokenAlignment(
                text(t, queryField), text(t, listField), number(t, "similarity"), text(t, "kind"))).toList();
        List<FeatureContribution> features = objects(json, "features").stream().map(f -> new FeatureContribution(
                text(f, "feature"), number(f, "value"), number(f, "weight"), number(f, "contribution"),
                text(f, "detail"))).toList();
        return new AlertReasons(text(json, "primaryName"), text(json, "explanation"), tokens, features);
    }

    private static List<JsonObject> objects(JsonObject json, String field) {
        return json.containsKey(field) && json.get(field).getValueType() == JsonValue.ValueType.ARRAY
                ? json.getJsonArray(field).getValuesAs(JsonObject.class) : List.of();
    }

    private static String text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static double number(JsonObject json, String field) {
        return json.get(field) instanceof JsonNumber n ? n.doubleValue() : 0.0;
    }
}
