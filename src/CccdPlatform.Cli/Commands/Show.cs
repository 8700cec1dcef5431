using CccdPlatform.Cli.Http;
using Spectre.Console;

namespace CccdPlatform.Cli.Commands;

/// <summary>How the single-shot commands print what the platform answered.</summary>
public static class Show
{
    public static int Failure(Answer answer)
    {
        if (answer.Status == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No answer[/] after {answer.Attempts} attempt(s): {answer.NetworkError}");
            return 1;
        }

        var problem = answer.Problem();
        AnsiConsole.MarkupLineInterpolated($"[red]{answer.Status}[/] {problem?.Title ?? "(no problem document)"}");
        if (problem?.Detail is { } detail)
        {
            AnsiConsole.WriteLine(detail);
        }

        if (problem?.Errors is { Count: > 0 } errors)
        {
            AnsiConsole.Write(Errors(errors));
        }

        return 1;
    }

    public static Table Errors(IDictionary<string, string[]> errors)
    {
        var table = new Table().AddColumns("field", "problem");
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                table.AddRow(Markup.Escape(field), Markup.Escape(message));
            }
        }

        return table;
    }
}
