using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CccdPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>
/// A T-SQL script as SQL Server 2022's parser reads it: its errors, the tables and triggers it creates, and the text of
/// its <c>EXEC(N'...')</c> statements (parse those in turn).
/// </summary>
public sealed class TSqlScript
{
    private TSqlScript(IReadOnlyList<string> errors, Collector collected)
    {
        Errors = errors;
        CreatedTables = collected.Tables;
        CreatedTriggers = collected.Triggers;
        DynamicSql = collected.DynamicSql;
    }

    /// <summary>Each error as "line:column message".</summary>
    public IReadOnlyList<string> Errors { get; }

    public IReadOnlyList<string> CreatedTables { get; }

    public IReadOnlyList<CreateTriggerStatement> CreatedTriggers { get; }

    public IReadOnlyList<string> DynamicSql { get; }

    /// <summary>Parses the whole script; the parser itself splits it into batches at each <c>GO</c>.</summary>
    public static TSqlScript Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        var collected = new Collector();
        fragment?.Accept(collected);
        return new TSqlScript(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToList(), collected);
    }

    private sealed class Collector : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];
        public List<CreateTriggerStatement> Triggers { get; } = [];
        public List<string> DynamicSql { get; } = [];

        public override void ExplicitVisit(ExecutableStringList node)
        {
            DynamicSql.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(CreateTriggerStatement node)
        {
            Triggers.Add(node);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(CreateTableStatement node)
        {
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
            base.ExplicitVisit(node);
        }
    }
}
