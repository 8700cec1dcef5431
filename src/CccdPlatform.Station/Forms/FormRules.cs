using CccdPlatform.Domain;
using CccdPlatform.Domain.Forms;

namespace CccdPlatform.Station.Forms;

/// <summary>
/// Intake's own rules for the application form, run in the browser: the same validator and the same unit maps (embedded
/// in the Domain assembly), read once per app on first use.
/// </summary>
public sealed class FormRules(TimeProvider clock)
{
    private UnitMaps? _maps;
    private SubmitApplicationValidator? _validator;

    public TimeProvider Clock => clock;

    public UnitMaps Maps => _maps ??= UnitMaps.Load();

    public SubmitApplicationValidator Validator => _validator ??= new SubmitApplicationValidator(Maps, clock);

    public DateOnly Today => VietnamTime.DateOf(clock.GetUtcNow());

    /// <summary>The units of today's map, which the form's codes are read in.</summary>
    public AdministrativeUnits Units => Maps.On(Today);

    /// <summary>Every failure of the form, one list of messages per field (the keys the server's problem uses).</summary>
    public Dictionary<string, string[]> Check(SubmitApplication form) =>
        Validator.Validate(form).Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
}
