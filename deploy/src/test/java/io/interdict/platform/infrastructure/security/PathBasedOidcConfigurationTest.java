package io.interdict.platform.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathBasedOidcConfigurationTest {

    @ParameterizedTest(name = "{0} -> API call: {1}")
    @CsvSource({
            "/api/me,            true",
            "/api/cases/42,      true",
            "/api,               true",
            "/,                  false",
            "/analyst/queue,     false",
            "/VAADIN/build/x.js, false",
            "/apiary,            false",
            "/openapi,           false"})
    void onlyPathsUnderApiAreTreatedAsBearerTokenCalls(String path, boolean apiCall) {
        assertThat(PathBasedOidcConfiguration.isApiCall(path)).isEqualTo(apiCall);
    }
}
