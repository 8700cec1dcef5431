using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd generate</c>: synthetic files for <c>submit</c>, <c>batch</c> and <c>roster</c>, valid for the platform.</summary>
public sealed class GenerateCommand : AsyncCommand<GenerateSettings>
{
    private static readonly JsonSerializerOptions Indented = new(CliJson.Default.Options)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override async Task<int> ExecuteAsync(CommandContext context, GenerateSettings settings, CancellationToken cancellationToken)
    {
        var units = UnitList.Load(settings.UnitsFile);
        var generator = new CitizenGenerator(units, new PersonalIdAllocator(), settings.Seed is { } seed ? new Random(seed) : new Random());
        var station = Workplace.At(units, settings.CollectingUnit);
        var text = settings.Kind switch
        {
            "application" => JsonSerializer.Serialize(
                generator.ApplicationFor(generator.NewCitizen(station, Today), station, 0.3), Indented.GetTypeInfo(typeof(ApplicationForm))),
            "batch" => JsonSerializer.Serialize(
                generator.Batch(Workplace.At(units, settings.CollectingUnit, $"TEAM-{settings.CollectingUnit}-01"), settings.Count, DateTimeOffset.UtcNow),
                Indented.GetTypeInfo(typeof(BatchForm))),
            _ => generator.RosterCsv(Commune(units, settings.Commune), Workplace.At(units, settings.Commune), settings.Count, Today),
        };

        if (settings.Out is { } path)
        {
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        }
        else
        {
            Console.Out.WriteLine(text);
        }

        return 0;
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static AdministrativeUnit Commune(AdministrativeUnits units, string code) => units.Find(code) is { Level: UnitLevel.Commune } commune
        ? commune
        : throw new ArgumentException($"{code} is not a commune in the unit list.");
}
