package io.interdict.casework.domain.model.cases;

/** The person who escalated a case tried to decide the escalation themselves. */
public class FourEyesViolation extends CaseRuleViolation {

    private final String user;

    public FourEyesViolation(String user) {
        super("four eyes: " + user + " escalated this case and cannot also decide the escalation;"
                + " another manager must decide it");
        this.user = user;
    }

    /** Another four-eyes rule (a report signed off by its drafter), in its own words. */
    public FourEyesViolation(String user, String message) {
        super(message);
        this.user = user;
    }

    public String user() {
        return user;
    }
}
