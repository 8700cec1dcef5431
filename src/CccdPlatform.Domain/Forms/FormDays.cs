namespace CccdPlatform.Domain.Forms;

/// <summary>The day a form speaks of, whose card rules and map apply: the same answer in intake and in the station app.</summary>
public static class FormDays
{
    /// <summary>The Vietnamese calendar day the form was collected on (today when it does not say).</summary>
    public static DateOnly CollectionDay(SubmitApplication form, TimeProvider clock)
    {
        var at = form.CollectedAt ?? clock.GetUtcNow();
        // The last hours of the calendar (refused anyway) have no Vietnamese day.
        return at.UtcDateTime > DateTime.MaxValue - VietnamTime.Offset ? DateOnly.MaxValue : VietnamTime.DateOf(at);
    }

    /// <summary>The units a form's codes are read in: the map of its collection day.</summary>
    public static AdministrativeUnits UnitsOf(SubmitApplication form, UnitMaps maps, TimeProvider clock) =>
        maps.On(CollectionDay(form, clock));
}
