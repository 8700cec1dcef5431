using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Intake.Apis;

/// <summary>Turns a validated form into a new application; shared by single submissions and offline batches.</summary>
public static class NewApplications
{
    public static CitizenApplication Create(
        SubmitApplication form, AdministrativeUnits units, UnitPath collectingUnit, string collectedBy, CitizenRefs refs, DateTimeOffset now)
    {
        var permanent = ToAddress(form.PermanentAddress)!;
        return new CitizenApplication
        {
            Id = Guid.CreateVersion7(),
            PersonalId = form.PersonalId!,
            CitizenRef = refs.Of(form.PersonalId!),
            FullName = CitizenName.Normalize(form.FullName!),
            DateOfBirth = form.DateOfBirth!.Value,
            Sex = form.Sex!.Value,
            PlaceOfOrigin = form.PlaceOfOrigin is { } origin
                ? new PlaceOfOrigin(origin.ProvinceCode!, NullIfEmpty(origin.DistrictCode), origin.CommuneCode)
                : null,
            PermanentAddress = permanent,
            CurrentAddress = ToAddress(form.CurrentAddress) is { } current && current != permanent ? current : null,
            PhoneNumber = PhoneNumbers.Normalize(form.PhoneNumber),
            RequestKind = form.RequestKind ?? RequestKind.FirstIssue,
            CurrentCardIssuedOn = form.CurrentCardIssuedOn,
            LegalRepresentative = form.LegalRepresentative is { } representative
                ? new LegalRepresentative(
                    CitizenName.Normalize(representative.FullName!), representative.PersonalId!, representative.Relationship!.Value)
                : null,
            Map = units.Map,
            CollectingUnitCode = form.CollectingUnitCode!,
            CollectingProvinceCode = collectingUnit.ProvinceCode,
            CollectingDistrictCode = collectingUnit.DistrictCode,
            CollectingCommuneCode = collectingUnit.CommuneCode,
            IsCrossProvince = permanent.ProvinceCode != collectingUnit.ProvinceCode,
            Channel = form.Channel!.Value,
            VisitType = form.VisitType ?? VisitType.Station,
            TeamCode = form.TeamCode,
            MachineId = form.MachineId,
            Status = ApplicationStatus.Received,
            // Stored in UTC: the offset the machine sent is not part of the fact.
            CollectedAt = (form.CollectedAt ?? now).ToUniversalTime(),
            ReceivedAt = now,
            CollectedBy = collectedBy,
            EIdRequest = form.EIdRequest is { } eid
                ? new EIdRequest(eid.Level!.Value, PhoneNumbers.Normalize(eid.PhoneNumber ?? form.PhoneNumber)!, eid.Email?.Trim())
                : null,
        };
    }

    private static Address? ToAddress(AddressInput? input) => input is null
        ? null
        : new Address(input.ProvinceCode!, NullIfEmpty(input.DistrictCode), input.CommuneCode!, input.Line!.Trim());

    // An empty district is the same as none (the two-tier map has none).
    private static string? NullIfEmpty(string? code) => string.IsNullOrEmpty(code) ? null : code;
}
