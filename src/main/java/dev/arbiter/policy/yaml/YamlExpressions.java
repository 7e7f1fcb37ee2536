package dev.arbiter.policy.yaml;

import dev.arbiter.policy.Expression;
import dev.arbiter.policy.ExpressionCompiler;
import dev.arbiter.policy.ExpressionIssue;
import dev.arbiter.policy.SourcePosition;
import dev.arbiter.policy.Variable;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Compiles the CEL conditions of the file and places each CEL error on the file's line and column of the offending
 * character, whatever the scalar style the expression is written in.
 */
final class YamlExpressions {
    private final ExpressionCompiler compiler;
    private final YamlNodes nodes;
    private final List<String> lines;

    YamlExpressions(ExpressionCompiler compiler, YamlNodes nodes, List<String> lines) {
        this.compiler = compiler;
        this.nodes = nodes;
        this.lines = lines;
    }

    /** A guardrail's or budget's condition: it may not read what only rules know. */
    Optional<Expression> read(Node node, String what) {
        Optional<Expression> expression = readRule(node, what);
        if (expression.isEmpty()) {
            return expression;
        }
        boolean known = true;
        for (Variable variable : expression.get().variables()) {
            if (variable.rulesOnly()) {
                nodes.problem(place((ScalarNode) node, expression.get().source().indexOf(variable.key())),
                        "'" + variable.key() + "' is known to rules only",
                        "guardrails and budget conditions read the window's economics; write this condition as a rule");
                known = false;
            }
        }
        return known ? expression : Optional.empty();
    }

    /** A rule's condition, which may read every variable. */
    Optional<Expression> readRule(Node node, String what) {
        Optional<String> source = nodes.text(node, what);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        ScalarNode scalar = (ScalarNode) node;
        ExpressionCompiler.Compilation compilation = compiler.compile(source.get(), place(scalar, 0));
        for (ExpressionIssue issue : compilation.issues()) {
            nodes.problem(place(scalar, issue.offset()), issue.reason(), issue.hint());
        }
        return compilation.expression();
    }

    /** The file position of the character at {@code offset} in the scalar's value. */
    private SourcePosition place(ScalarNode scalar, int offset) {
        SourcePosition start = YamlNodes.position(scalar);
        ScalarStyle style = scalar.getScalarStyle();
        boolean oneLine = scalar.getStartMark().getLine() == scalar.getEndMark().getLine();
        if (oneLine && style == ScalarStyle.PLAIN) {
            return start.plusColumns(offset);
        }
        if (oneLine && (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED)) {
            return start.plusColumns(1 + rawLength(scalar.getValue().substring(0, offset), style));
        }
        if (style == ScalarStyle.LITERAL) {
            String before = scalar.getValue().substring(0, offset);
            int line = start.line() + (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = offset - (before.lastIndexOf('\n') + 1);
            return new SourcePosition(line, indentation(start.line() + 1) + column + 1);
        }
        return start;
    }

    /** How many characters of the file the value's characters take: quotes inside quotes are written twice. */
    private static int rawLength(String value, ScalarStyle style) {
        int length = value.length();
        for (char c : value.toCharArray()) {
            boolean escaped = style == ScalarStyle.SINGLE_QUOTED ? c == '\'' : c == '"' || c == '\\';
            length += escaped ? 1 : 0;
        }
        return length;
    }

    private int indentation(int line) {
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        String text = lines.get(line - 1);
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
