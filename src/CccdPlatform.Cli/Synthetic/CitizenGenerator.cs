using System.Globalization;
using System.Text;
using CccdPlatform.Cli.Api;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// Realistic synthetic citizens of one province (Thanh Hoa by default) and their application forms, in the map of the
/// units given (that of the collection day) and of every age the day's card rules allow (<see cref="CitizenAges"/>).
/// Not thread-safe: one per worker, each with its own <see cref="Random"/>; the <see cref="PersonalIdAllocator"/> is
/// shared so that no ID number repeats.
/// </summary>
public sealed class CitizenGenerator(AdministrativeUnits units, PersonalIdAllocator ids, Random random, string province = UnitList.ThanhHoa)
{
    // Where births were registered: most in the province, the rest in neighbouring provinces and the big cities.
    private static readonly Weighted<string> BirthProvinces = new(
        ("38", 88), ("40", 3), ("37", 2), ("01", 2), ("79", 1), ("36", 1), ("17", 1), ("42", 1), ("14", 1));

    private static readonly Weighted<string> BirthProvincesElsewhere = new(("", 88), ("01", 5), ("79", 4), ("38", 3));

    private static readonly Weighted<VisitType> Visits = new(
        (VisitType.Home, 65), (VisitType.Hospital, 15), (VisitType.WorkplaceOrSchool, 15), (VisitType.Other, 5));

    private static readonly Weighted<RequestKind> Kinds = new(
        (RequestKind.FirstIssue, 80), (RequestKind.Renewal, 12), (RequestKind.Replacement, 6), (RequestKind.Correction, 2));

    private static readonly Weighted<Relationship> Relationships = new(
        (Relationship.Mother, 55), (Relationship.Father, 40), (Relationship.Guardian, 5));

    private static readonly string[] Streets =
    [
        "Lê Lợi", "Trần Phú", "Quang Trung", "Bà Triệu", "Lê Hoàn", "Hạc Thành", "Nguyễn Trãi", "Phan Chu Trinh",
        "Lý Thường Kiệt", "Hai Bà Trưng", "Tống Duy Tân", "Đội Cung", "Nguyễn Du", "Lê Lai", "Trường Thi",
    ];

    private static readonly string[] MobilePrefixes = ["09", "03", "08", "07", "05"];

    public Random Random => random;

    public AdministrativeUnits Units => units;

    /// <summary>
    /// A citizen the card rules of <paramref name="day"/> let apply, who lives in the workplace's area (mostly); a child
    /// under 14 comes with a parent or guardian. <paramref name="mandatoryOnly"/>: 14 and over only, as on a roster.
    /// </summary>
    public Citizen NewCitizen(Workplace workplace, DateOnly day, bool mandatoryOnly = false)
    {
        var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var dateOfBirth = CitizenAges.DateOfBirth(random, day, mandatoryOnly);
        var birthProvince = BirthProvince();
        return new Citizen(
            ids.Next(random, birthProvince, dateOfBirth, sex == Sex.Female),
            VietnameseNames.Pick(random, sex),
            dateOfBirth,
            sex,
            birthProvince,
            AddressNear(workplace),
            random.Next(10) < 7 ? PhoneNumber() : null,
            CardRules.On(day).NeedsRepresentative(dateOfBirth, day) ? RepresentativeOf(dateOfBirth, birthProvince) : null);
    }

    /// <summary>
    /// The form the workplace sends for the citizen, collected at <paramref name="collectedAt"/> (null: now, today); a
    /// share of them asks for an eID account too (level 1 only under 6). A citizen who reached a renewal age mostly
    /// comes to renew; a child's first card is asked for by the representative.
    /// </summary>
    public ApplicationForm ApplicationFor(Citizen citizen, Workplace workplace, double eidShare, DateTimeOffset? collectedAt = null)
    {
        var day = collectedAt is { } at ? DateOnly.FromDateTime(at.ToOffset(CampaignDay.Vietnam).DateTime) : CampaignDay.Today;
        EIdRequestForm? eid = null;
        var phone = citizen.PhoneNumber;
        if (random.NextDouble() < eidShare)
        {
            phone ??= PhoneNumber();
            eid = new EIdRequestForm(EIdLevel(citizen, day), null, random.Next(5) == 0 ? $"{citizen.PersonalId[6..]}@example.vn" : null);
        }

        var mobile = workplace.Channel == Channel.Mobile;
        var kind = CitizenAges.AtRenewalAge(citizen.DateOfBirth, day) && random.Next(5) > 0 ? RequestKind.Renewal
            : citizen.Representative is not null ? RequestKind.FirstIssue
            : Kinds.Pick(random);
        var currentCard = kind == RequestKind.Renewal ? CitizenAges.DueCardIssuedOn(citizen.DateOfBirth, day) : null;
        return new ApplicationForm(
            citizen.PersonalId,
            citizen.FullName,
            citizen.DateOfBirth,
            citizen.Sex,
            OriginOf(citizen),
            citizen.Address,
            random.Next(10) == 0 ? AddressNear(workplace) : null,
            phone,
            currentCard is null && kind == RequestKind.Renewal ? RequestKind.FirstIssue : kind,
            workplace.UnitCode,
            workplace.Channel,
            mobile ? Visits.Pick(random) : VisitType.Station,
            workplace.TeamCode,
            workplace.MachineId,
            collectedAt,
            eid,
            currentCard,
            citizen.Representative);
    }

    /// <summary>Level 2 for most, level 1 only under the age biometrics are taken from.</summary>
    public int EIdLevel(Citizen citizen, DateOnly day) =>
        CardRules.On(day).BiometricsFor(citizen.DateOfBirth, day) == BiometricsRequirement.None || random.Next(10) >= 7 ? 1 : 2;

    // A parent 20 to 42 years older than the child, born in the same province mostly.
    private LegalRepresentativeForm RepresentativeOf(DateOnly child, string birthProvince)
    {
        var relationship = Relationships.Pick(random);
        var sex = relationship switch
        {
            Relationship.Mother => Sex.Female,
            Relationship.Father => Sex.Male,
            _ => random.Next(2) == 0 ? Sex.Male : Sex.Female,
        };
        var birth = child.AddYears(-random.Next(20, 43)).AddDays(-random.Next(0, 365));
        var province = random.Next(10) < 8 ? birthProvince : BirthProvince();
        return new LegalRepresentativeForm(VietnameseNames.Pick(random, sex), ids.Next(random, province, birth, sex == Sex.Female), relationship);
    }

    private string BirthProvince() => province == UnitList.ThanhHoa
        ? BirthProvinces.Pick(random)
        : BirthProvincesElsewhere.Pick(random) is { Length: > 0 } elsewhere ? elsewhere : province;

    /// <summary>An address in the workplace's commune, or area, or now and then elsewhere in the province.</summary>
    public AddressForm AddressNear(Workplace workplace)
    {
        var roll = random.Next(100);
        var station = units.Find(workplace.UnitCode)!;
        AdministrativeUnit commune;
        if (station.Level == UnitLevel.Commune && roll < 80)
        {
            commune = station;
        }
        else
        {
            var area = roll < 92 || !units.HasDistricts ? workplace.AreaCode : Pick(units.ChildrenOf(province)).Code;
            commune = Pick(units.ChildrenOf(area));
        }

        return AddressIn(commune);
    }

    public AddressForm AddressIn(AdministrativeUnit commune)
    {
        var line = commune.Name switch
        {
            var n when n.StartsWith("Phường", StringComparison.Ordinal) => $"Số {random.Next(1, 300)} {Streets[random.Next(Streets.Length)]}",
            var n when n.StartsWith("Thị trấn", StringComparison.Ordinal) => $"Khu phố {random.Next(1, 13)}",
            _ => $"Thôn {random.Next(1, 16)}",
        };
        return new AddressForm(province, units.HasDistricts ? commune.ParentCode : null, commune.Code, line);
    }

    /// <summary>
    /// A mobile team's time offline on <paramref name="day"/>: items collected over the last hours before
    /// <paramref name="now"/> today, over the working day of a past day, each with its own client item id.
    /// </summary>
    public BatchForm Batch(Workplace team, int count, DateTimeOffset now, double eidShare = 0.2, DateOnly? day = null)
    {
        var on = day ?? CampaignDay.Today;
        var items = Enumerable.Range(1, count)
            .Select(i => new BatchEntryForm(
                $"item-{i:D4}", ApplicationFor(NewCitizen(team, on), team, eidShare, CampaignDay.BatchItemAt(on, now, i, count))))
            .ToList();
        return new BatchForm($"batch-{Guid.NewGuid():N}", team.MachineId, items);
    }

    /// <summary>A commune's roster CSV as intake reads it: a header, then one eligible citizen (14 or over) per line.</summary>
    public string RosterCsv(AdministrativeUnit commune, Workplace station, int count, DateOnly today)
    {
        var csv = new StringBuilder("personalId,fullName,dateOfBirth,sex,addressLine\n");
        for (var i = 0; i < count; i++)
        {
            var citizen = NewCitizen(station, today, mandatoryOnly: true);
            csv.Append(CultureInfo.InvariantCulture,
                $"{citizen.PersonalId},{citizen.FullName},{citizen.DateOfBirth:yyyy-MM-dd},{citizen.Sex},{AddressIn(commune).Line}\n");
        }

        return csv.ToString();
    }

    public string PhoneNumber() => MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8");

    // A province of birth registration that merged in 2025 is no province of today's map: such a citizen gives no origin.
    private PlaceOfOriginForm? OriginOf(Citizen citizen) => random.Next(10) switch
    {
        < 4 => null,
        _ when !units.Exists(citizen.BirthProvinceCode, UnitLevel.Province) => null,
        < 8 => new PlaceOfOriginForm(citizen.BirthProvinceCode, null, null),
        _ when citizen.BirthProvinceCode == citizen.Address.ProvinceCode =>
            new PlaceOfOriginForm(citizen.BirthProvinceCode, citizen.Address.DistrictCode, citizen.Address.CommuneCode),
        _ => new PlaceOfOriginForm(citizen.BirthProvinceCode, null, null),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
