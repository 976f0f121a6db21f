package io.interdict.screening.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.screening.application.BatchScreening.Party;
import io.interdict.screening.domain.model.entry.EntityType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCsvReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<Party> read(String csv) {
        QueryCsvReader reader = new QueryCsvReader(new StringReader(csv), problems::add);
        List<Party> parties = new ArrayList<>();
        reader.forEachRemaining(parties::add);
        return parties;
    }

    @Test
    void readsRfc4180WithQuotesCommasAndNewlines() {
        List<Party> parties = read("id,name,type,country,dob\r\n"
                + "q1,\"KIM, Jong Un\",individual,kp,1984-01-08\r\n"
                + "q2,\"ACME \"\"BEST\"\" CO.\",entity,,\n"
                + "q3,\"two\nlines\",,,1960\n");
        assertThat(parties).extracting(Party::id).containsExactly("q1", "q2", "q3");
        assertThat(parties.get(0).query().name()).isEqualTo("KIM, Jong Un");
        assertThat(parties.get(0).query().type()).contains(EntityType.INDIVIDUAL);
        assertThat(parties.get(0).query().country()).contains("KP");
        assertThat(parties.get(0).query().birthDate()).get().hasToString("1984-01-08");
        assertThat(parties.get(1).query().name()).isEqualTo("ACME \"BEST\" CO.");
        assertThat(parties.get(2).line()).isEqualTo(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void malformedRowsAreReportedWithTheirLineAndSkipped() {
        List<Party> parties = read("id,name,type,country,dob\n"
                + "q1,Good Name,,,\n"
                + "q2,\"bad\"quote,,,\n"
                + "q3,Too,Many,Fields,,,\n"
                + "q4,Name,robot,,\n"
                + "q5,Name,,Korea,\n"
                + "q6,Name,,,19xx\n"
                + ",No Id,,,\n"
                + "q1,Repeated,,,\n"
                + "q9,Last Good,,,\n");
        assertThat(parties).extracting(Party::id).containsExactly("q1", "q9");
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0)).startsWith("line 3: text after a closing quote");
        assertThat(problems.get(1)).startsWith("line 4: 7 fields");
        assertThat(problems.get(2)).startsWith("line 5: unknown type 'robot'");
        assertThat(problems.get(3)).startsWith("line 6: country 'Korea'");
        assertThat(problems.get(4)).startsWith("line 7: dob '19xx'");
        assertThat(problems.get(5)).startsWith("line 8: empty id");
        assertThat(problems.get(6)).startsWith("line 9: id q1 repeated");
        assertThat(problems).allMatch(p -> p.endsWith("row skipped"));
    }

    @Test
    void theHeaderMustBeTheContractOne() {
        assertThatThrownBy(() -> read("id,name\nq1,x\n")).hasMessageContaining("header must be id,name,type,country,dob");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThat(read("\uFEFFid,name,type,country,dob\nq1,X,,,\n")).hasSize(1);
    }
}
