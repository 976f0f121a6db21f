package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.BatchUpload;
import io.interdict.casework.domain.model.batch.SourceFormat;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch sent as a JSON array of parties, each shaped like the body of {@code POST /api/screenings}. The
 * array is streamed element by element; an element that does not hold is rejected with its index (from 0) and why.
 * Only a body that is not a JSON array at all is refused whole.
 */
final class JsonBatchReader {

    private static final List<String> FIELDS = List.of("name", "type", "country", "dateOfBirth", "address",
            "reference");

    private JsonBatchReader() {
    }

    static BatchUpload read(InputStream body) {
        List<BatchUpload.UploadedParty> parties = new ArrayList<>();
        List<BatchUpload.Rejection> rejected = new ArrayList<>();
        // JSON is UTF-8 (RFC 8259): read as such rather than guessed, which a one-byte body cannot be
        try (JsonParser parser = Json.createParser(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw InvalidRequest.of("body", "a JSON array of parties is required");
            }
            int index = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                UploadLimits.checkRows(index + 1);
                JsonValue element = parser.getValue();
                try {
                    parties.add(new BatchUpload.UploadedParty(index,
                            ScreeningResource.commandFrom(partyOf(element))));
                } catch (InvalidRequest e) {
                    rejected.add(new BatchUpload.Rejection(index, e.getMessage()));
                }
                index++;
            }
        } catch (InvalidRequest | UploadTooLarge refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            // a JsonException for bad syntax or bytes that are not UTF-8, and a bare RuntimeException for the
            // parser's own limits (nesting deeper than it reads): the client's body either way, never the server's
            throw InvalidRequest.of("body", "not valid JSON: " + e.getMessage());
        }
        if (parties.isEmpty() && rejected.isEmpty()) {
            throw InvalidRequest.of("body", "the array holds no parties");
        }
        return new BatchUpload(SourceFormat.JSON, parties, rejected);
    }

    private static PartyRequest partyOf(JsonValue element) {
        if (element.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidRequest.of("party", "must be a JSON object with the party, not " + element.getValueType());
        }
        JsonObject object = element.asJsonObject();
        RequestFields fields = new RequestFields();
        PartyRequest party = new PartyRequest();
        party.name = text(object, "name", fields);
        party.type = text(object, "type", fields);
        party.country = text(object, "country", fields);
        party.dateOfBirth = text(object, "dateOfBirth", fields);
        party.address = text(object, "address", fields);
        party.reference = text(object, "reference", fields);
        party.identifiers = identifiers(object.get("identifiers"), fields);
        for (String key : object.keySet()) {
            if (!FIELDS.contains(key) && !key.equals("identifiers")) {
                fields.error(key, "is not a field of a party");
            }
        }
        fields.check();
        return party;
    }

    private static String text(JsonObject object, String field, RequestFields fields) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        fields.error(field, "must be a string");
        return null;
    }

    private static List<PartyRequest.IdentifierRequest> identifiers(JsonValue value, RequestFields fields) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            fields.error("identifiers", "must be an array of {type, value}");
            return null;
        }
        List<PartyRequest.IdentifierRequest> identifiers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                identifiers.add(null); // named by ScreeningResource's own check
                continue;
            }
            PartyRequest.IdentifierRequest id = new PartyRequest.IdentifierRequest();
            id.type = text(item.asJsonObject(), "type", fields);
            id.value = text(item.asJsonObject(), "value", fields);
            identifiers.add(id);
        }
        return identifiers;
    }
}
