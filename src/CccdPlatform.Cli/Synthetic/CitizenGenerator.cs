using System.Globalization;
using System.Text;
using CccdPlatform.Cli.Api;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// Realistic synthetic citizens of Thanh Hoa and their application forms. Not thread-safe: one per worker, each with
/// its own <see cref="Random"/>; the <see cref="PersonalIdAllocator"/> is shared so that no ID number repeats.
/// </summary>
public sealed class CitizenGenerator(AdministrativeUnits units, PersonalIdAllocator ids, Random random)
{
    // Where births were registered: most in Thanh Hoa, the rest in neighbouring provinces and the big cities.
    private static readonly Weighted<string> BirthProvinces = new(
        ("38", 88), ("40", 3), ("37", 2), ("01", 2), ("79", 1), ("36", 1), ("17", 1), ("42", 1), ("14", 1));

    private static readonly Weighted<(int From, int To)> AgeBands = new(((14, 17), 12), ((18, 39), 40), ((40, 59), 32), ((60, 90), 16));

    private static readonly Weighted<VisitType> Visits = new(
        (VisitType.Home, 65), (VisitType.Hospital, 15), (VisitType.WorkplaceOrSchool, 15), (VisitType.Other, 5));

    private static readonly Weighted<RequestKind> Kinds = new(
        (RequestKind.FirstIssue, 80), (RequestKind.Renewal, 12), (RequestKind.Replacement, 6), (RequestKind.Correction, 2));

    private static readonly string[] Streets =
    [
        "Lê Lợi", "Trần Phú", "Quang Trung", "Bà Triệu", "Lê Hoàn", "Hạc Thành", "Nguyễn Trãi", "Phan Chu Trinh",
        "Lý Thường Kiệt", "Hai Bà Trưng", "Tống Duy Tân", "Đội Cung", "Nguyễn Du", "Lê Lai", "Trường Thi",
    ];

    private static readonly string[] MobilePrefixes = ["09", "03", "08", "07", "05"];

    public Random Random => random;

    /// <summary>A citizen 14 or older on <paramref name="today"/> who lives in the workplace's area (mostly).</summary>
    public Citizen NewCitizen(Workplace workplace, DateOnly today)
    {
        var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var band = AgeBands.Pick(random);
        // A day or more older than the age: the platform checks the age on its own (UTC) day of collection.
        var dateOfBirth = today.AddYears(-random.Next(band.From, band.To + 1)).AddDays(-1 - random.Next(0, 364));
        var birthProvince = BirthProvinces.Pick(random);
        return new Citizen(
            ids.Next(random, birthProvince, dateOfBirth, sex == Sex.Female),
            VietnameseNames.Pick(random, sex),
            dateOfBirth,
            sex,
            birthProvince,
            AddressNear(workplace),
            random.Next(10) < 7 ? PhoneNumber() : null);
    }

    /// <summary>The form the workplace sends for the citizen; a share of them asks for an eID account too.</summary>
    public ApplicationForm ApplicationFor(Citizen citizen, Workplace workplace, double eidShare, DateTimeOffset? collectedAt = null)
    {
        EIdRequestForm? eid = null;
        var phone = citizen.PhoneNumber;
        if (random.NextDouble() < eidShare)
        {
            phone ??= PhoneNumber();
            eid = new EIdRequestForm(random.Next(10) < 7 ? 2 : 1, null, random.Next(5) == 0 ? $"{citizen.PersonalId[6..]}@example.vn" : null);
        }

        var mobile = workplace.Channel == Channel.Mobile;
        var kind = Kinds.Pick(random);
        var currentCard = kind == RequestKind.Renewal
            ? DueCardIssuedOn(citizen.DateOfBirth, DateOnly.FromDateTime((collectedAt ?? DateTimeOffset.UtcNow).UtcDateTime))
            : null;
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
            currentCard);
    }

    /// <summary>
    /// The latest birthday on which the citizen could have got the card a renewal replaces, so that the renewal is due
    /// (a day early, for the platform's Vietnamese day); null when none is (a card issued at 14 lasts to 25).
    /// </summary>
    private static DateOnly? DueCardIssuedOn(DateOnly birth, DateOnly day)
    {
        for (var age = day.Year - birth.Year - 1; age >= CardRules.MandatoryAge; age--)
        {
            var issued = birth.AddYears(age);
            if (issued < day && CardRules.WhyRenewalIsNotDue(birth, issued, day.AddDays(-1)) is null)
            {
                return issued;
            }
        }

        return null;
    }

    /// <summary>An address in the workplace's commune, or area, or now and then elsewhere in Thanh Hoa.</summary>
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
            var area = roll < 92 || !units.HasDistricts ? workplace.AreaCode : Pick(units.ChildrenOf(UnitList.ThanhHoa)).Code;
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
        return new AddressForm(UnitList.ThanhHoa, units.HasDistricts ? commune.ParentCode : null, commune.Code, line);
    }

    /// <summary>A mobile team's time offline: items collected over the last hours, each with its own client item id.</summary>
    public BatchForm Batch(Workplace team, int count, DateTimeOffset now, double eidShare = 0.2)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var items = Enumerable.Range(1, count)
            .Select(i => new BatchEntryForm(
                $"item-{i:D4}", ApplicationFor(NewCitizen(team, today), team, eidShare, now.AddMinutes(-3 * (count - i) - 5))))
            .ToList();
        return new BatchForm($"batch-{Guid.NewGuid():N}", team.MachineId, items);
    }

    /// <summary>A commune's roster CSV as intake reads it: a header, then one eligible citizen per line.</summary>
    public string RosterCsv(AdministrativeUnit commune, Workplace station, int count, DateOnly today)
    {
        var csv = new StringBuilder("personalId,fullName,dateOfBirth,sex,addressLine\n");
        for (var i = 0; i < count; i++)
        {
            var citizen = NewCitizen(station, today);
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
        _ when citizen.BirthProvinceCode == UnitList.ThanhHoa =>
            new PlaceOfOriginForm(UnitList.ThanhHoa, citizen.Address.DistrictCode, citizen.Address.CommuneCode),
        _ => new PlaceOfOriginForm(citizen.BirthProvinceCode, null, null),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
