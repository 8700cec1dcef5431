using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd submit</c>: one application, retried on transient failures with the same Idempotency-Key.</summary>
public sealed class SubmitCommand : AsyncCommand<SubmitSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SubmitSettings settings, CancellationToken cancellationToken)
    {
        var units = UnitList.Load(settings.UnitsFile);
        var body = settings.File is { } file
            ? await File.ReadAllBytesAsync(file, cancellationToken)
            : JsonSerializer.SerializeToUtf8Bytes(Compose(settings, units), CliJson.Default.ApplicationForm);
        using var client = Clients.Create(settings);
        var authorization = await Clients.AuthorizeAsync(client, settings, cancellationToken);
        var registry = RegistryCatchUp.None;
        if (settings.File is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]{System.Text.Encoding.UTF8.GetString(body)}[/]");
            // A synthetic form comes from a synthetic workplace: with a development token, register it as simulate does.
            // A signed-in officer, or a given token, works from machines and teams an Admin has registered.
            if (authorization.IsDevelopment && settings.Intake is null)
            {
                registry = await Clients.RegisterAsync(client, [WorkplaceOf(settings, units)], cancellationToken);
            }
        }

        var key = settings.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        var answer = await registry.SendAsync(() => client.SendAsync(Operation.Application, HttpMethod.Post, "/api/intake/applications", body,
            PlatformClient.Json, authorization.Header, key, cancellationToken: cancellationToken), null, cancellationToken);
        if (answer.Status != 201 || answer.Read(CliJson.Default.ApplicationReceipt) is not { } receipt)
        {
            return Show.Failure(answer);
        }

        AnsiConsole.MarkupLineInterpolated(
            $"[green]201[/] application [bold]{receipt.ApplicationId}[/] {receipt.Status} (Idempotency-Key {key}, {answer.Attempts} attempt(s))");
        return 0;
    }

    private static Workplace WorkplaceOf(SubmitSettings settings, AdministrativeUnits units) =>
        Workplace.At(units, settings.CollectingUnit, settings.MobileTeam, settings.DevelopmentToken.Subject, settings.DevelopmentToken.Role);

    /// <summary>A synthetic citizen's form at a station (or with a mobile team) of the collecting unit, with the flags' fields.</summary>
    public static ApplicationForm Compose(SubmitSettings settings, AdministrativeUnits units)
    {
        var mobile = settings.MobileTeam is not null;
        var workplace = WorkplaceOf(settings, units);
        var generator = new CitizenGenerator(units, new PersonalIdAllocator(), new Random());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var citizen = generator.NewCitizen(workplace, today);
        var sex = settings.Sex ?? citizen.Sex;
        var birth = settings.DateOfBirth ?? citizen.DateOfBirth;
        var personalId = settings.PersonalId
            ?? (sex == citizen.Sex && birth == citizen.DateOfBirth
                ? citizen.PersonalId
                : new PersonalIdAllocator().Next(generator.Random, citizen.BirthProvinceCode, birth, sex == Sex.Female));
        citizen = citizen with
        {
            PersonalId = personalId,
            FullName = settings.FullName ?? (sex == citizen.Sex ? citizen.FullName : VietnameseNames.Pick(generator.Random, sex)),
            DateOfBirth = birth,
            Sex = sex,
            PhoneNumber = settings.Phone ?? citizen.PhoneNumber ?? (settings.EIdLevel is null ? null : generator.PhoneNumber()),
        };
        return generator.ApplicationFor(citizen, workplace, eidShare: 0) with
        {
            VisitType = mobile ? settings.VisitType : VisitType.Station,
            EIdRequest = settings.EIdLevel is { } level ? new EIdRequestForm(level, null, null) : null,
        };
    }
}
