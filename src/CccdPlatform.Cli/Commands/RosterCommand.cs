using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd roster</c>: imports a commune's roster CSV; bad lines are listed, good ones kept.</summary>
public sealed class RosterCommand : AsyncCommand<FileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FileSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Commune is not { Length: > 0 } commune)
        {
            AnsiConsole.MarkupLine("[red]--commune is required: the commune whose roster this is.[/]");
            return 1;
        }

        var body = await File.ReadAllBytesAsync(settings.File, cancellationToken);
        using var client = Clients.Create(settings);
        var answer = await client.SendAsync(Operation.Roster, HttpMethod.Post, $"/api/intake/rosters/{Uri.EscapeDataString(commune)}", body,
            "text/csv; charset=utf-8", (await Clients.AuthorizeAsync(client, settings, cancellationToken)).Header, cancellationToken: cancellationToken);
        if (!answer.IsSuccess || answer.Read(CliJson.Default.RosterImportResult) is not { } result)
        {
            return Show.Failure(answer);
        }

        AnsiConsole.MarkupLineInterpolated(
            $"Commune [bold]{result.CommuneCode}[/]: [green]{result.Added} added[/], {result.Updated} updated, {result.EligibleCount} eligible in all");
        if (result.Errors.Count == 0)
        {
            return 0;
        }

        var table = new Table().AddColumns("line", "field", "problem");
        foreach (var error in result.Errors)
        {
            foreach (var (field, messages) in error.Errors)
            {
                table.AddRow(error.Line.ToString(), Markup.Escape(field), Markup.Escape(string.Join(" ", messages)));
            }
        }

        AnsiConsole.Write(table);
        return 2;
    }
}
