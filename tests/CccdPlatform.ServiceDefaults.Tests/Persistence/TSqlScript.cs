using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CccdPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>A T-SQL script as SQL Server 2022's parser reads it: its errors and the tables it creates.</summary>
public sealed class TSqlScript
{
    private TSqlScript(IReadOnlyList<string> errors, IReadOnlyList<string> createdTables)
    {
        Errors = errors;
        CreatedTables = createdTables;
    }

    /// <summary>Each error as "line:column message".</summary>
    public IReadOnlyList<string> Errors { get; }

    public IReadOnlyList<string> CreatedTables { get; }

    /// <summary>Parses the whole script; the parser itself splits it into batches at each <c>GO</c>.</summary>
    public static TSqlScript Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        var tables = new CreateTableCollector();
        fragment?.Accept(tables);
        return new TSqlScript(
            errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToList(),
            tables.Names);
    }

    private sealed class CreateTableCollector : TSqlFragmentVisitor
    {
        public List<string> Names { get; } = [];

        public override void ExplicitVisit(CreateTableStatement node)
        {
            Names.Add(node.SchemaObjectName.BaseIdentifier.Value);
            base.ExplicitVisit(node);
        }
    }
}
