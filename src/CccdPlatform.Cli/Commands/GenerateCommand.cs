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
        var day = settings.Date ?? CampaignDay.Today;
        var units = UnitList.On(day, settings.UnitsFile);
        var random = settings.Seed is { } seed ? new Random(seed) : new Random();
        var generator = new CitizenGenerator(units, new PersonalIdAllocator(), random, settings.Province);
        var unit = settings.CollectingUnit ?? UnitList.DefaultCollectingUnit(units, settings.Province);
        var station = Workplace.At(units, unit);
        var commune = settings.Commune ?? UnitList.DefaultCommune(units, settings.Province);
        var text = settings.Kind switch
        {
            "application" => JsonSerializer.Serialize(
                generator.ApplicationFor(generator.NewCitizen(station, day), station, 0.3, CampaignDay.CollectedAt(day, random)),
                Indented.GetTypeInfo(typeof(ApplicationForm))),
            "batch" => JsonSerializer.Serialize(
                generator.Batch(Workplace.At(units, unit, $"TEAM-{unit}-01"), settings.Count, DateTimeOffset.UtcNow, day: day),
                Indented.GetTypeInfo(typeof(BatchForm))),
            _ => generator.RosterCsv(Commune(units, commune), Workplace.At(units, commune), settings.Count, day),
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

    private static AdministrativeUnit Commune(AdministrativeUnits units, string code) => units.Find(code) is { Level: UnitLevel.Commune } commune
        ? commune
        : throw new ArgumentException($"{code} is not a commune in the {units.Map} unit list.");
}
