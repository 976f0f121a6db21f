package io.interdict.workflow.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The models are deployed once per content, and always together: the process uses the table deployed with it. */
@ExtendWith(ProcessEngineExtension.class)
class CaseProcessDeploymentTest {

    ProcessEngine processEngine;

    private RepositoryService repository() {
        return processEngine.getRepositoryService();
    }

    @AfterEach
    void removeDeployments() {
        repository().createDeploymentQuery().list().forEach(d -> repository().deleteDeployment(d.getId(), true));
    }

    /** The models of an earlier release: the same process with another decision table. */
    private static ClassLoader withEarlierTable() {
        ClassLoader current = CaseProcessDeployment.class.getClassLoader();
        return new ClassLoader(current) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals(CaseProcess.DMN_RESOURCE)) {
                    return current.getResourceAsStream(name);
                }
                try (InputStream table = current.getResourceAsStream(name)) {
                    String earlier = new String(table.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("<decisionTable id=", "<!-- earlier release -->\n    <decisionTable id=");
                    return new ByteArrayInputStream(earlier.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Test
    void unchangedModelsAreNotDeployedAgain() {
        ClassLoader models = CaseProcessDeployment.class.getClassLoader();

        assertThat(CaseProcessDeployment.deployIfChanged(repository(), models)).isTrue();
        assertThat(CaseProcessDeployment.deployIfChanged(repository(), models)).isFalse();

        assertThat(repository().createDeploymentQuery().count()).isEqualTo(1);
    }

    @Test
    void aChangedDecisionTableIsDeployedWithTheProcessSoNewCasesUseIt() {
        CaseProcessDeployment.deployIfChanged(repository(), withEarlierTable());

        boolean deployed = CaseProcessDeployment.deployIfChanged(repository(), CaseProcessDeployment.class.getClassLoader());

        assertThat(deployed).isTrue();
        ProcessDefinition process = repository().createProcessDefinitionQuery()
                .processDefinitionKey(CaseProcess.PROCESS_KEY).latestVersion().singleResult();
        assertThat(process.getVersion()).isEqualTo(2);
        assertThat(repository().createDecisionDefinitionQuery().deploymentId(process.getDeploymentId())
                .decisionDefinitionKey(CaseProcess.PRIORITY_DECISION).count())
                .as("the new process version's own deployment holds the new table").isEqualTo(1);
    }
}
