using System.Diagnostics;
using OpenTelemetry;

namespace CccdPlatform.ServiceDefaults.Privacy;

/// <summary>Masks personal data in span names and tags (a URL path may hold an ID number) before any exporter sees them.</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity activity)
    {
        activity.DisplayName = PersonalData.Mask(activity.DisplayName);
        foreach (var (key, value) in activity.TagObjects.ToList())
        {
            if (value is string text && PersonalData.Contains(text))
            {
                activity.SetTag(key, PersonalData.Mask(text));
            }
        }
    }
}
