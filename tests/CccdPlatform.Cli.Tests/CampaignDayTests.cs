using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Tests;

/// <summary>Work generated for a collection day follows that day's map and card rules.</summary>
public class CampaignDayTests
{
    private static readonly UnitMaps Maps = UnitMaps.Load();
    private static readonly DateOnly ThanhHoaCampaign = new(2023, 4, 29);
    private static readonly DateOnly Autumn2026 = new(2026, 10, 15);

    private static List<(Citizen Citizen, ApplicationForm Form, Workplace Workplace)> Generate(DateOnly day, int count, int seed = 29)
    {
        var units = UnitList.On(day);
        var workplaces = Workplace.Plan(units, stations: 40, mobileTeams: 20, province: "38");
        var generator = new CitizenGenerator(units, new PersonalIdAllocator(), new Random(seed), "38");
        return Enumerable.Range(0, count).Select(i =>
        {
            var workplace = workplaces[i % workplaces.Count];
            var citizen = generator.NewCitizen(workplace, day);
            return (citizen, generator.ApplicationFor(citizen, workplace, 0.3, CampaignDay.CollectedAt(day, generator.Random)), workplace);
        }).ToList();
    }

    private static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (birth.AddYears(day.Year - birth.Year) > day ? 1 : 0);

    private static IEnumerable<AddressForm> AddressesOf(ApplicationForm form) =>
        new[] { form.PermanentAddress, form.CurrentAddress }.OfType<AddressForm>();

    [Fact]
    public void TheThanhHoaCampaignOf29April2023IsCollectedThatDayByDistrictsAndCommunesOf2023FromCitizensOf14AndOver()
    {
        var generated = Generate(ThanhHoaCampaign, 5_000);

        Assert.All(generated, g =>
        {
            Assert.Equal(ThanhHoaCampaign, DateOnly.FromDateTime(g.Form.CollectedAt!.Value.ToOffset(CampaignDay.Vietnam).DateTime));
            Assert.Equal("38", Maps.ThreeTier.ProvinceOf(g.Form.CollectingUnitCode));
            Assert.All(AddressesOf(g.Form), address =>
            {
                Assert.NotNull(address.DistrictCode);
                Assert.Equal(UnitLevel.Commune, Maps.ThreeTier.Find(address.CommuneCode)?.Level);
                Assert.True(Maps.ThreeTier.IsDirectlyUnder(address.CommuneCode, address.DistrictCode), $"{address.CommuneCode} in {address.DistrictCode}");
                Assert.True(Maps.ThreeTier.IsDirectlyUnder(address.DistrictCode, "38"), address.DistrictCode);
            });
            Assert.True(CardRules.IsAtLeast(g.Citizen.DateOfBirth, 14, ThanhHoaCampaign), $"{g.Citizen.DateOfBirth} is under 14");
            Assert.Null(g.Form.LegalRepresentative);
        });
        Assert.Contains(generated, g => Maps.ThreeTier.Find(g.Form.CollectingUnitCode)?.Level == UnitLevel.District);
        Assert.Contains(generated, g => g.Form.PlaceOfOrigin?.DistrictCode is not null);
        // Communes merged away in 2025 (such as 14758, Phường Điện Biên) appear: the 2023 map, not today's.
        Assert.Contains(generated, g => Maps.TwoTier.Find(g.Form.PermanentAddress.CommuneCode) is null);
    }

    [Fact]
    public void WorkOf2026NamesNoDistrictAndOnlyCurrentCommunes()
    {
        Assert.All(Generate(Autumn2026, 5_000), g =>
        {
            Assert.Equal(UnitLevel.Commune, Maps.TwoTier.Find(g.Form.CollectingUnitCode)?.Level);
            Assert.All(AddressesOf(g.Form), address =>
            {
                Assert.Null(address.DistrictCode);
                Assert.True(Maps.TwoTier.IsDirectlyUnder(address.CommuneCode, "38"), address.CommuneCode);
            });
            Assert.Null(g.Form.PlaceOfOrigin?.DistrictCode);
        });
    }

    [Fact]
    public void In2026ChildrenOfEveryAgeApplyThroughARepresentativeAndEveryoneElseAlone()
    {
        var generated = Generate(Autumn2026, 5_000);
        var ages = generated.Select(g => (g.Form, Age: AgeOn(g.Citizen.DateOfBirth, Autumn2026))).ToList();

        Assert.InRange(ages.Count(a => a.Age < 6), 250, 700);
        Assert.InRange(ages.Count(a => a.Age is >= 6 and < 14), 400, 900);
        Assert.All(ages.Where(a => a.Age < 14), a =>
        {
            var representative = a.Form.LegalRepresentative!;
            Assert.NotEqual(a.Form.PersonalId, representative.PersonalId);
            Assert.True(PersonalIdNumber.HasValidFormat(representative.PersonalId), representative.PersonalId);
            Assert.InRange(representative.FullName.Split(' ').Length, 3, 4);
        });
        Assert.All(ages.Where(a => a.Age >= 14), a => Assert.Null(a.Form.LegalRepresentative));
        Assert.All(ages.Where(a => a.Age < 6 && a.Form.EIdRequest is not null), a => Assert.Equal(1, a.Form.EIdRequest!.Level));
        Assert.Contains(ages, a => a.Age is >= 6 and < 14 && a.Form.EIdRequest?.Level == 2);
        Assert.Equal([Relationship.Father, Relationship.Mother, Relationship.Guardian],
            ages.Where(a => a.Age < 14).Select(a => a.Form.LegalRepresentative!.Relationship).Distinct().Order());
    }

    [Fact]
    public void In2026RenewalsAreDueAtEachRenewalAge()
    {
        var renewals = Generate(Autumn2026, 5_000).Where(g => g.Form.RequestKind == RequestKind.Renewal).ToList();

        Assert.All(renewals, g => Assert.Null(CardRules.WhyRenewalIsNotDue(g.Citizen.DateOfBirth, g.Form.CurrentCardIssuedOn!.Value, Autumn2026)));
        var dueAt = renewals
            .Select(g => CardRules.ExpiryOfCardIssuedOn(g.Citizen.DateOfBirth, g.Form.CurrentCardIssuedOn!.Value)!.Value)
            .Select((expiry, i) => expiry.Year - renewals[i].Citizen.DateOfBirth.Year)
            .ToHashSet();
        Assert.Superset(new HashSet<int> { 14, 25, 40, 60 }, dueAt);
    }

    [Fact]
    public void RostersListOnlyCitizensWhoMustHaveACardOnTheDay()
    {
        var units = UnitList.On(Autumn2026);
        var generator = new CitizenGenerator(units, new PersonalIdAllocator(), new Random(3));
        var csv = generator.RosterCsv(units.Find("14797")!, Workplace.At(units, "14797"), 2_000, Autumn2026);

        var births = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => DateOnly.Parse(line.Split(',')[2])).ToList();
        Assert.Equal(2_000, births.Count);
        Assert.All(births, birth => Assert.True(CardRules.IsAtLeast(birth, CardRules.MandatoryAge, Autumn2026), $"{birth}"));
    }
}
