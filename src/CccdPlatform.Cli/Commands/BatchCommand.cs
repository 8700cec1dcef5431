using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// <c>cccd batch</c>: syncs a machine's offline batch (<c>{batchId, machineId, items}</c>) and prints each item's outcome.
/// Resending a batch is always safe: items already received come back <c>AlreadyReceived</c>.
/// </summary>
public sealed class BatchCommand : AsyncCommand<FileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FileSettings settings, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllBytesAsync(settings.File, cancellationToken);
        using var client = Clients.Create(settings);
        var answer = await client.SendAsync(Operation.Batch, HttpMethod.Post, "/api/intake/batches", body, PlatformClient.Json,
            (await Clients.AuthorizeAsync(client, settings, cancellationToken)).Header, cancellationToken: cancellationToken);
        if (!answer.IsSuccess || answer.Read(CliJson.Default.BatchResult) is not { } result)
        {
            return Show.Failure(answer);
        }

        var table = new Table().Title($"batch {Markup.Escape(result.BatchId)}").AddColumns("item", "outcome", "application", "errors");
        foreach (var item in result.Items)
        {
            var colour = item.Outcome switch { "Created" => "green", "AlreadyReceived" => "blue", "Conflict" => "yellow", _ => "red" };
            var errors = item.Errors is null ? "" : string.Join("; ", item.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            table.AddRow(Markup.Escape(item.ClientItemId ?? ""), $"[{colour}]{item.Outcome}[/]", item.ApplicationId?.ToString() ?? "",
                Markup.Escape(errors));
        }

        AnsiConsole.Write(table);
        var counts = result.Items.GroupBy(i => i.Outcome).Select(g => $"{g.Key} {g.Count()}");
        AnsiConsole.WriteLine(string.Join(", ", counts));
        return result.Items.Any(i => i.Outcome is "Invalid" or "Conflict") ? 2 : 0;
    }
}
