using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CccdPlatform.Domain;
using CccdPlatform.Domain.Forms;
using CccdPlatform.Station.Offline;
using CccdPlatform.Station.Services;

namespace CccdPlatform.Station.Forms;

/// <summary>
/// One fill of the application form as the officer types it, turned into intake's <see cref="SubmitApplication"/> with
/// what the app knows of the workplace: the officer's unit and team (from the token) and the device's machine.
/// </summary>
public sealed class ApplicationDraft
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string? PersonalId { get; set; }

    public string? FullName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public Sex? Sex { get; set; }

    public AddressDraft PermanentAddress { get; } = new();

    public bool HasCurrentAddress { get; set; }

    public AddressDraft CurrentAddress { get; } = new();

    public AddressDraft PlaceOfOrigin { get; } = new();

    public string? PhoneNumber { get; set; }

    public RequestKind RequestKind { get; set; } = RequestKind.FirstIssue;

    public DateOnly? CurrentCardIssuedOn { get; set; }

    public VisitType? VisitType { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeId { get; set; }

    public Relationship? RepresentativeRelationship { get; set; }

    public bool WantsEId { get; set; }

    public int EIdLevel { get; set; } = 2;

    public string? EIdPhoneNumber { get; set; }

    public string? EIdEmail { get; set; }

    /// <summary>A citizen under 14 on the collection day applies through a parent or guardian.</summary>
    public bool NeedsRepresentative(DateOnly today) =>
        DateOfBirth is { } birth && CardRules.On(today).NeedsRepresentative(birth, today);

    public SubmitApplication ToForm(ClaimsPrincipal officer, string? machineId, AdministrativeUnits units, DateOnly today, DateTimeOffset? collectedAt)
    {
        var mobile = officer.IsMobile();
        return new SubmitApplication(
            Blank(PersonalId), Blank(FullName), DateOfBirth, Sex,
            PlaceOfOrigin.ProvinceCode is { Length: > 0 } ? PlaceOfOrigin.ToPlaceOfOrigin(units) : null,
            PermanentAddress.ToAddress(units),
            HasCurrentAddress ? CurrentAddress.ToAddress(units) : null,
            Blank(PhoneNumber), RequestKind, officer.UnitCode(),
            mobile ? Channel.Mobile : Channel.Station,
            mobile ? VisitType : Domain.Forms.VisitType.Station,
            mobile ? officer.TeamCode() : null,
            machineId, collectedAt,
            WantsEId ? new EIdRequestInput(EIdLevel, Blank(EIdPhoneNumber), Blank(EIdEmail)) : null,
            NeedsRepresentative(today) ? new LegalRepresentativeInput(Blank(RepresentativeName), Blank(RepresentativeId), RepresentativeRelationship) : null,
            CurrentCardIssuedOn);
    }

    /// <summary>The body intake reads: camelCase names, enums by name, no empty fields.</summary>
    public static JsonObject ToJson(SubmitApplication form) => JsonSerializer.SerializeToNode(form, Json)!.AsObject();

    /// <summary>What a commune's worklist knows of a citizen not yet served, as a new fill.</summary>
    public static ApplicationDraft From(WorklistCitizen citizen, AdministrativeUnits units)
    {
        var draft = new ApplicationDraft
        {
            PersonalId = citizen.PersonalId,
            FullName = citizen.FullName,
            DateOfBirth = citizen.DateOfBirth,
            Sex = Enum.TryParse<Sex>(citizen.Sex, out var sex) ? sex : null,
            VisitType = citizen.Reason == "InHospital" ? Domain.Forms.VisitType.Hospital : Domain.Forms.VisitType.Home,
        };
        draft.PermanentAddress.ProvinceCode = units.ProvinceOf(citizen.CommuneCode);
        draft.PermanentAddress.CommuneText = citizen.CommuneCode;
        draft.PermanentAddress.Line = citizen.AddressLine;
        return draft;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
