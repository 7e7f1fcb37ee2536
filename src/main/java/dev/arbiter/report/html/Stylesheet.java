package dev.arbiter.report.html;

/** The report's inline stylesheet: system fonts only, a 1240 px column that fits a 1366 px screen. */
final class Stylesheet {

    static final String CSS = """
            :root { --ink: #1f2933; --muted: #5f6b7a; --line: #dde2e8; --band: #f5f7fa; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #eef1f5; color: var(--ink);
                   font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
            h1 { margin: 0; font-size: 28px; }
            h2 { margin: 36px 0 4px; font-size: 22px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
            h3 { margin: 22px 0 6px; font-size: 17px; }
            h4 { margin: 14px 0 4px; font-size: 15px; color: var(--muted); }
            .subtitle, .lead, .note, .none, footer { color: var(--muted); }
            .lead { margin: 6px 0 12px; font-size: 16px; }
            nav { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 14px 0 0; font-size: 14px; }
            nav a { color: #2f5d8a; text-decoration: none; }
            .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 14px 0; }
            .tile { background: var(--band); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
            .tile .label { font-size: 13px; color: var(--muted); }
            .tile .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .tile .note { font-size: 13px; }
            table { width: 100%; border-collapse: collapse; margin: 6px 0 14px; font-size: 14px; }
            th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { background: var(--band); font-weight: 600; }
            td:first-child { white-space: nowrap; }
            table.actions { table-layout: fixed; }
            table.actions th:nth-child(1) { width: 7%; } table.actions th:nth-child(2) { width: 12%; }
            table.actions th:nth-child(3) { width: 26%; } table.actions th:nth-child(4) { width: 11%; }
            table.actions th:nth-child(5) { width: 10%; } table.actions th:nth-child(6) { width: 15%; }
            table.actions td { overflow-wrap: break-word; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 10px 0 16px; }
            .curves { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
            figcaption { font-size: 14px; color: var(--muted); margin-bottom: 4px; }
            svg { width: 100%; height: auto; display: block; }
            svg text { font-family: inherit; fill: var(--ink); }
            svg .axis { font-size: 13px; fill: var(--muted); }
            svg .value { font-size: 13px; font-weight: 600; }
            svg .legend { font-size: 13px; }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
            footer { margin-top: 40px; font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
            """;

    private Stylesheet() {}
}
