using System.Security.Claims;
using System.Text;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Messaging;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// <c>POST /api/intake/rosters/{communeCode}</c>: a commune's roster of eligible citizens as CSV (the request body as
/// <c>text/csv</c>, or a multipart form's file). Bad rows are reported by line; good rows are kept.
/// </summary>
public static class RostersApi
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;
    private static readonly string[] CsvTypes = ["text/csv", "text/plain", "application/csv", "multipart/form-data"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RouteGroupBuilder MapRostersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/rosters").WithTags("Rosters and worklists");
        group.MapPost("/{communeCode}", ImportRoster)
            .Audited("roster.import")
            .Accepts<string>("text/csv", "multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .RequireAuthorization(p => p.RequireRole(Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<RosterImportResult>, ProblemHttpResult>> ImportRoster(
        string communeCode,
        HttpRequest request,
        ClaimsPrincipal user,
        IntakeDbContext db,
        UnitMaps maps,
        IValidator<RosterRow> validator,
        CitizenRefs refs,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // A roster is today's: its communes are those of today's map.
        var units = maps.Today(clock);
        if (!units.Exists(communeCode, UnitLevel.Commune))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no commune {communeCode}.",
                detail: units.HasDistricts ? null : maps.WhyNotInTwoTier(communeCode));
        }

        var commune = units.PathOf(communeCode)!;
        if (!user.Covers(commune, units.Map, maps))
        {
            return UnitScope.OutsideUnit(communeCode);
        }

        if (request.ContentType is { } type && !CsvTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the roster as text/csv, or as a file of a multipart/form-data form.");
        }

        var (rows, errors) = await ReadRowsAsync(request, validator, cancellationToken);
        if (rows is null)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors[0].Errors)
            {
                Status = StatusCodes.Status400BadRequest, Title = "The roster cannot be read.", Detail = errors[0].Errors["file"][0],
            });
        }

        if (rows.Count == 0 && errors.Count > 0)
        {
            // Nothing to keep: the file is refused as a whole, each bad line still named.
            return TypedResults.Problem(new HttpValidationProblemDetails(errors
                .SelectMany(e => e.Errors.Select(field => (Key: $"line {e.Line}: {field.Key}", field.Value)))
                .ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Title = "No row of the roster can be imported.",
            });
        }

        var now = clock.GetUtcNow();
        var ids = rows.Select(r => r.PersonalId!).ToList();
        var existing = await db.EligibleCitizens.Where(c => ids.Contains(c.PersonalId)).ToDictionaryAsync(c => c.PersonalId, cancellationToken);
        foreach (var row in rows)
        {
            var citizen = existing.GetValueOrDefault(row.PersonalId!);
            if (citizen is null)
            {
                citizen = new EligibleCitizen { PersonalId = row.PersonalId!, CommuneCode = communeCode, FullName = "" };
                db.EligibleCitizens.Add(citizen);
            }

            // A citizen on another commune's roster has moved here: the latest roster wins.
            citizen.CommuneCode = communeCode;
            citizen.Map = units.Map;
            citizen.FullName = CitizenName.Normalize(row.FullName!);
            citizen.DateOfBirth = row.DateOfBirth!.Value;
            citizen.Sex = row.Sex!.Value;
            citizen.AddressLine = row.AddressLine?.Trim();
            citizen.ImportedAt = now;
            audit.Change(db, refs.Of(citizen.PersonalId), communeCode);
        }

        await db.SaveChangesAsync(cancellationToken);
        var eligible = await db.EligibleCitizens.CountAsync(c => c.Map == units.Map && c.CommuneCode == communeCode, cancellationToken);
        db.AddOutboxMessage(new RosterImported(commune, eligible, now, units.Map), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RosterImportResult(communeCode, rows.Count - existing.Count, existing.Count, eligible, errors));
    }

    private static async Task<(List<RosterRow>? Rows, List<RosterLineError> Errors)> ReadRowsAsync(
        HttpRequest request, IValidator<RosterRow> validator, CancellationToken cancellationToken)
    {
        var rows = new List<RosterRow>();
        var errors = new List<RosterLineError>();
        var seen = new HashSet<string>();
        try
        {
            // The parser reads synchronously, so the upload is read whole first (a BOM from Excel is dropped here).
            await using var upload = request.HasFormContentType
                ? (await request.ReadFormAsync(cancellationToken)).Files.FirstOrDefault()?.OpenReadStream() ?? Stream.Null
                : request.Body;
            using var reader = new StreamReader(upload, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var csv = await reader.ReadToEndAsync(cancellationToken);
            foreach (var row in RosterCsv.Read(csv))
            {
                var validation = await validator.ValidateAsync(row, cancellationToken);
                if (!validation.IsValid)
                {
                    errors.Add(new RosterLineError(row.Line, validation.ToDictionary()));
                }
                else if (!seen.Add(row.PersonalId!))
                {
                    errors.Add(new RosterLineError(row.Line, new Dictionary<string, string[]>
                    {
                        ["personalId"] = ["This ID number is already on an earlier line of the file."],
                    }));
                }
                else
                {
                    rows.Add(row);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            return (null, [new RosterLineError(1, new Dictionary<string, string[]> { ["file"] = [exception.Message] })]);
        }
        catch (IOException) when (request.HasFormContentType)
        {
            return (null, [new RosterLineError(1, new Dictionary<string, string[]> { ["file"] = ["The multipart form cannot be read."] })]);
        }
        catch (DecoderFallbackException)
        {
            return (null, [new RosterLineError(1, new Dictionary<string, string[]>
            {
                ["file"] = ["The file is not UTF-8 text: save it as \"CSV UTF-8\"."],
            })]);
        }

        return (rows, errors);
    }
}
