package io.interdict.casework.domain.model.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The casework's figures as a dashboard shows them, counted by the database in a few grouped queries.
 *
 * @param openByQueue    open cases (in triage or escalated) per queue, by age
 * @param triageBreaches cases still in triage after their triage SLA
 * @param outcomesByList decided cases per list of their alerts: how many were false positives
 * @param hitsPerDay     alerts raised per day (UTC) over the period asked for, oldest first, days without hits left
 *                       out
 */
public record CaseFigures(List<QueueAges> openByQueue, long triageBreaches, List<ListOutcomes> outcomesByList,
                          List<DayCount> hitsPerDay) {

    public CaseFigures {
        openByQueue = List.copyOf(openByQueue);
        outcomesByList = List.copyOf(outcomesByList);
        hitsPerDay = List.copyOf(hitsPerDay);
    }

    /** One queue's open cases, by how long they have been open. */
    public record QueueAges(String queue, long underOneDay, long oneToThreeDays, long threeToSevenDays,
                            long overSevenDays) {

        public long total() {
            return underOneDay + oneToThreeDays + threeToSevenDays + overSevenDays;
        }
    }

    /** One list's decided cases and how many of them were closed as false positives. */
    public record ListOutcomes(String list, long decided, long falsePositives) {

        public double falsePositiveRate() {
            return decided == 0 ? 0 : (double) falsePositives / decided;
        }
    }

    public record DayCount(LocalDate day, long count) {
    }
}
