using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Tests;

public class CitizenGeneratorTests
{
    private static readonly AdministrativeUnits Units = UnitList.Embedded();
    private static readonly UnitMaps Maps = UnitMaps.Load();
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static List<(Citizen Citizen, ApplicationForm Form, Workplace Workplace)> Generate(int count, int seed = 38)
    {
        var workplaces = Workplace.Plan(Units, stations: 40, mobileTeams: 20);
        var generator = new CitizenGenerator(Units, new PersonalIdAllocator(), new Random(seed));
        return Enumerable.Range(0, count).Select(i =>
        {
            var workplace = workplaces[i % workplaces.Count];
            var citizen = generator.NewCitizen(workplace, Today);
            return (citizen, generator.ApplicationFor(citizen, workplace, eidShare: 0.3, CampaignDay.CollectedAt(Today, generator.Random)), workplace);
        }).ToList();
    }

    [Fact]
    public void EveryIdNumberIsTwelveDigitsNamingAProvinceAndAgreeingWithBirthAndSex()
    {
        foreach (var (citizen, _, _) in Generate(20_000))
        {
            Assert.True(PersonalIdNumber.HasValidFormat(citizen.PersonalId), citizen.PersonalId);
            Assert.Equal(citizen.BirthProvinceCode, PersonalIdNumber.ProvinceCodeOf(citizen.PersonalId));
            Assert.True(Maps.WasEverAProvince(citizen.BirthProvinceCode), citizen.BirthProvinceCode);
            Assert.Null(PersonalIdNumber.DisagreementWith(citizen.PersonalId, citizen.DateOfBirth, citizen.Sex == Sex.Female));
        }
    }

    [Fact]
    public void EveryRenewalGivesACurrentCardWhoseRenewalIsDueByTheCardRules()
    {
        var renewals = Generate(5_000).Where(g => g.Form.RequestKind == RequestKind.Renewal).ToList();
        Assert.True(renewals.Count > 300, $"{renewals.Count} renewals");
        Assert.All(renewals, g => Assert.Null(CardRules.WhyRenewalIsNotDue(g.Citizen.DateOfBirth, g.Form.CurrentCardIssuedOn!.Value, Today)));
        Assert.All(Generate(5_000).Where(g => g.Form.RequestKind != RequestKind.Renewal), g => Assert.Null(g.Form.CurrentCardIssuedOn));
    }

    [Fact]
    public void NoIdNumberRepeatsWithinARunEvenAcrossWorkersSharingTheAllocator()
    {
        var ids = new PersonalIdAllocator();
        var numbers = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, worker =>
        {
            var generator = new CitizenGenerator(Units, ids, new Random(1)); // the same seed on purpose: serials collide
            var station = Workplace.At(Units, "14797");
            for (var i = 0; i < 10_000; i++)
            {
                numbers.Add(generator.NewCitizen(station, Today).PersonalId);
            }
        });

        Assert.Equal(40_000, numbers.Distinct().Count());
    }

    [Fact]
    public void MostCitizensWereBornInThanhHoaAndSomeElsewhere()
    {
        var provinces = Generate(5_000).Select(g => g.Citizen.BirthProvinceCode).ToList();
        var thanhHoa = provinces.Count(p => p == "38") / 5_000.0;
        Assert.InRange(thanhHoa, 0.8, 0.95);
        Assert.True(provinces.Distinct().Count() > 3);
    }

    [Fact]
    public void EveryoneMayApplyByTheRulesOfTheDayAndWasBornInOrAfter1900()
    {
        foreach (var (citizen, _, _) in Generate(20_000))
        {
            Assert.True(citizen.DateOfBirth < Today, $"{citizen.DateOfBirth} is not born on {Today}");
            Assert.True(citizen.DateOfBirth.Year >= 1900);
        }
    }

    [Fact]
    public void AddressesLieInRealThanhHoaCommunesOfTodaysMapWithNoDistrict()
    {
        foreach (var (_, form, _) in Generate(5_000))
        {
            foreach (var address in new[] { form.PermanentAddress, form.CurrentAddress }.OfType<AddressForm>())
            {
                Assert.Equal("38", address.ProvinceCode);
                Assert.Null(address.DistrictCode);
                Assert.Equal("38", Units.Find(address.CommuneCode)?.ParentCode);
                Assert.Equal(UnitLevel.Commune, Units.Find(address.CommuneCode)?.Level);
                Assert.False(string.IsNullOrWhiteSpace(address.Line));
            }
        }
    }

    [Fact]
    public void NamesAreVietnameseWordsOfLettersWithFamilyMiddleAndGivenNames()
    {
        var names = Generate(5_000).Select(g => g.Citizen.FullName).ToList();
        Assert.All(names, name =>
        {
            Assert.InRange(name.Split(' ').Length, 3, 4);
            Assert.All(name, c => Assert.True(char.IsLetter(c) || c == ' ', name));
            Assert.Equal(name.Normalize(System.Text.NormalizationForm.FormC), name);
        });
        var nguyen = names.Count(n => n.StartsWith("Nguyễn ", StringComparison.Ordinal)) / 5_000.0;
        Assert.InRange(nguyen, 0.3, 0.46);
        Assert.Contains(names, n => n.Contains(" Thị ", StringComparison.Ordinal));
    }

    [Fact]
    public void MobileTeamsGiveTheirTeamAndWhereTheyServedStationsServeAtTheStation()
    {
        var generated = Generate(2_000);
        Assert.All(generated.Where(g => g.Form.Channel == Channel.Mobile), g =>
        {
            Assert.NotNull(g.Form.TeamCode);
            Assert.NotEqual(VisitType.Station, g.Form.VisitType);
        });
        Assert.All(generated.Where(g => g.Form.Channel == Channel.Station), g => Assert.Equal(VisitType.Station, g.Form.VisitType));
        Assert.Contains(generated, g => g.Form.VisitType == VisitType.Hospital);
        Assert.Contains(generated, g => g.Form.VisitType == VisitType.Home);
    }

    [Fact]
    public void AnEIdRequestAlwaysComesWithAMobilePhone()
    {
        var withEId = Generate(2_000).Where(g => g.Form.EIdRequest is not null).ToList();
        Assert.InRange(withEId.Count, 450, 750);
        Assert.All(withEId, g => Assert.Matches("^0[35789][0-9]{8}$", g.Form.EIdRequest!.PhoneNumber ?? g.Form.PhoneNumber));
    }

    [Fact]
    public void StationsAndTeamsAreSpreadOverThanhHoasCommunes()
    {
        var workplaces = Workplace.Plan(Units, stations: 40, mobileTeams: 30);
        var stations = workplaces.Where(w => w.Channel == Channel.Station).ToList();
        Assert.All(workplaces, w => Assert.Equal("38", Units.Find(w.UnitCode)?.ParentCode));
        Assert.Equal(40, stations.Select(w => w.UnitCode).Distinct().Count());
        Assert.Equal(70, workplaces.Select(w => w.MachineId).Distinct().Count());
        Assert.Equal(30, workplaces.Count(w => w.Channel == Channel.Mobile && w.TeamCode is not null));
    }

    [Fact]
    public void FaceTemplatesAre512LittleEndianFloatsAndDifferPerCapture()
    {
        var random = new Random(7);
        var capture = BiometricSamples.Capture(random, Guid.NewGuid(), "ST-380-001");
        var other = BiometricSamples.Capture(random, Guid.NewGuid(), "ST-380-001");
        Assert.Equal(2048, Convert.FromBase64String(capture.Face.Template).Length);
        Assert.NotEqual(capture.Face.Template, other.Face.Template);
        Assert.Equal(Enumerable.Range(1, 10), capture.Fingerprints.Select(f => f.Position));
    }
}
