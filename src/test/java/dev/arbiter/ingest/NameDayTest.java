package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameDayTest {

    @Test
    void a_bulksheet_download_stamp_is_epoch_millis_in_utc() {
        assertEquals(
                Optional.of(LocalDate.of(2019, 12, 10)),
                NameDay.EPOCH_OR_ISO_OR_TODAY.dayOf("us-a2u2p66daigzpx-bulksheet-1576011256236.xlsx", IngestorTest.TODAY));
    }

    @Test
    void an_english_date_in_a_download_name_is_its_day() {
        assertEquals(
                Optional.of(LocalDate.of(2019, 12, 6)),
                NameDay.EPOCH_OR_ISO_OR_TODAY.dayOf("Bulk File Dec 06 2019.xlsx", IngestorTest.TODAY));
    }

    @Test
    void a_name_without_a_day_falls_back_to_the_clock_when_allowed() {
        assertEquals(
                Optional.of(LocalDate.of(2026, 3, 10)),
                NameDay.ISO_OR_TODAY.dayOf("manage FBA inventory.csv", IngestorTest.TODAY));
    }

    @Test
    void a_business_report_name_must_hold_an_iso_day() {
        assertEquals(Optional.empty(), NameDay.ISO_REQUIRED.dayOf("BusinessReport-11-21-19.csv", IngestorTest.TODAY));
        assertEquals(
                Optional.of(LocalDate.of(2026, 3, 1)),
                NameDay.ISO_REQUIRED.dayOf("BusinessReport-2026-03-01.csv", IngestorTest.TODAY));
    }
}
