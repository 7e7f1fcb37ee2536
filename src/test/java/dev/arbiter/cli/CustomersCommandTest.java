package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code arbiter customers} on our order-lines format: JSON, quarantined rows, costs from the operating model, usage errors. */
class CustomersCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_json_holds_both_fits_the_deciles_and_the_cohort_matrix() throws IOException {
        Path orders = orders(List.of());

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders.toString(), "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.path("bgnbd").has("r") && json.path("bgnbd").has("log_likelihood"), run.out());
        assertTrue(json.path("gamma_gamma").has("gamma"), run.out());
        assertEquals(10, json.path("clv").path("deciles").size());
        assertEquals("2026-01", json.path("cohorts").get(0).path("month").asText());
        assertEquals(1.0, json.path("cohorts").get(0).path("retention").get(0).asDouble());
    }

    @Test
    void a_bad_row_is_quarantined_reported_and_exits_2() throws IOException {
        Path orders = orders(List.of("X-1,,2026-03-01,MUG,1,9.50,0,google"));

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders.toString());

        long rows = Files.readAllLines(orders).size() - 1;
        assertEquals(2, run.code());
        Path log = dir.resolve("out").resolve("customers-quarantine.txt");
        assertEquals(List.of(
                        "arbiter: 1 of " + rows + " rows quarantined; every problem is in " + log,
                        "  " + orders + ":" + (rows + 1) + ":2: missing customer id; every order line needs the customer who placed it"),
                run.err().lines().toList());
        assertEquals(1, Files.readAllLines(log).size());
    }

    @Test
    void per_order_costs_come_from_the_operating_models_customers_section() throws IOException {
        Files.writeString(dir.resolve("operating-model.yaml"), "marketplace: US\ncustomers:\n  postage: 1000\n",
                StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString(), "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(200, json.path("profit").path("losing_customers").asInt());
        assertEquals("shipping", json.path("profit").path("losses").get(0).path("value").asText());
    }

    @Test
    void the_text_names_the_costs_it_charged() throws IOException {
        Files.writeString(dir.resolve("operating-model.yaml"), "marketplace: US\ncustomers: { picking: 0.8, "
                + "packing: 0.4, postage: 3.2, return_handling: 2.5, cost_of_goods_share: 0.35 }\n", StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("per-order costs from " + dir.resolve("operating-model.yaml") + ": picking 0.80, packing 0.40, "
                + "postage 3.20, return handling 2.50 USD; cost of goods 35.0% of sales on lines without unit_cost",
                run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void without_a_customers_section_no_cost_is_charged_and_the_text_says_which_keys_to_add() throws IOException {
        Path orders = orders(List.of());
        Run withoutModel = run("customers", "--dir", dir.toString(), "--orders", orders.toString());
        Files.writeString(dir.resolve("operating-model.yaml"), "marketplace: US\n", StandardCharsets.UTF_8);
        Run withoutSection = run("customers", "--dir", dir.toString(), "--orders", orders.toString());

        assertEquals(0, withoutModel.code(), withoutModel.err());
        assertEquals("per-order costs: none (the workspace has no " + dir.resolve("operating-model.yaml") + "); to "
                + "charge them, add a customers: section to the operating model with picking, packing, postage, "
                + "return_handling, cost_of_goods_share", withoutModel.out().lines().findFirst().orElseThrow());
        assertEquals(0, withoutSection.code(), withoutSection.err());
        assertEquals("per-order costs: none (" + dir.resolve("operating-model.yaml") + " has no customers: section); "
                + "to charge them, add a customers: section to the operating model with picking, packing, postage, "
                + "return_handling, cost_of_goods_share", withoutSection.out().lines().findFirst().orElseThrow());
    }

    @Test
    void an_unknown_key_in_the_customers_section_is_placed_by_line_and_column() throws IOException {
        Files.writeString(dir.resolve("operating-model.yaml"), "marketplace: US\ncustomers:\n  postgae: 3.20\n",
                StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString());

        assertEquals(2, run.code());
        List<String> err = run.err().lines().toList();
        assertEquals("arbiter: 1 problem in operating-model.yaml:", err.get(0));
        assertEquals("  operating-model.yaml:3:3: unknown key 'postgae' in customers; did you mean 'postage'?",
                err.get(err.size() - 1));
    }

    @Test
    void costs_in_another_currency_than_the_orders_are_refused() throws IOException {
        Files.writeString(dir.resolve("operating-model.yaml"), "marketplace: UK\ncustomers: { postage: 3.20 }\n",
                StandardCharsets.UTF_8);
        Path cdnow = dir.resolve("CDNOW_master.txt");
        Files.writeString(cdnow, "    1 19970101  1   11.77\n    2 19970112  2   29.33\n", StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", cdnow.toString(), "--format", "cdnow");

        assertEquals(2, run.code());
        assertEquals(List.of("arbiter: the per-order costs are in GBP, the orders in USD", "  "
                + dir.resolve("operating-model.yaml") + ": the customers: section is in GBP, which does not match the "
                + "order file's USD; write 'currency: USD' and the amounts in USD under customers:"), run.err().lines().toList());
    }

    @Test
    void the_cohorts_are_compared_with_the_plan() throws IOException {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "month,new_customers,retention\n2026-01,250,0.30\n2026-02,100,0.25\n",
                StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString(), "--plan",
                plan.toString(), "--json");

        JsonNode january = new ObjectMapper().readTree(run.out()).path("plan").get(0);
        assertEquals(250, january.path("planned_customers").asInt());
        assertEquals(200, january.path("actual_customers").asInt());
        assertEquals(0.30, january.path("planned_retention").asDouble());
        assertTrue(january.path("actual_retention").isNumber(), run.out());
    }

    @Test
    void a_bad_plan_row_rejects_the_plan_with_its_place() throws IOException {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "month,new_customers,retention\n2026-01,250,30%\n", StandardCharsets.UTF_8);

        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString(), "--plan",
                plan.toString());

        assertEquals(2, run.code());
        assertEquals(List.of("arbiter: " + plan + " has 1 problem(s)", "  " + plan + ":2:3: not a number (value '30%'); "
                + "write numbers with a '.' decimal point and no thousands separator"), run.err().lines().toList());
    }

    @Test
    void an_unknown_format_is_a_usage_error() throws IOException {
        Run run = run("customers", "--dir", dir.toString(), "--orders", orders(List.of()).toString(), "--format", "xlsx");

        assertEquals(1, run.code());
        assertEquals("unknown --format 'xlsx'; expected ours, online-retail or cdnow", run.err().lines().findFirst().orElseThrow());
    }

    /** 200 customers who first buy in January 2026, then come back at a rate of their own; plus {@code extra} rows. */
    private Path orders(List<String> extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("order_id,customer_id,order_date,sku,quantity,unit_price,returned_quantity,channel"));
        Random random = new Random(6);
        int order = 0;
        for (int c = 1; c <= 200; c++) {
            LocalDate day = LocalDate.of(2026, 1, 1 + random.nextInt(28));
            lines.add(String.format(Locale.ROOT, "O-%d,C-%d,%s,MUG,1,%d.50,0,%s", ++order, c, day, 10 + random.nextInt(20),
                    c % 2 == 0 ? "google" : "amazon"));
            double rate = -Math.log(1 - random.nextDouble()) / 20;
            double dropout = 0.6 * random.nextDouble() * random.nextDouble();
            int level = 2 + (int) (-Math.log(1 - random.nextDouble()) * 10);
            while (true) {
                day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) / rate));
                if (day.isAfter(LocalDate.of(2026, 6, 30)) || random.nextDouble() < dropout) {
                    break;
                }
                lines.add(String.format(Locale.ROOT, "O-%d,C-%d,%s,CUP,2,%d.00,0,", ++order, c, day, level + random.nextInt(level)));
            }
        }
        lines.addAll(extra);
        Path file = dir.resolve("orders.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
