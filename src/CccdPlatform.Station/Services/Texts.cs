namespace CccdPlatform.Station.Services;

/// <summary>
/// The app's words in Vietnamese (the default) and English, as the identity service's pages do it: the English text is
/// the key, so the server's messages (in English) are shown in Vietnamese where a translation is known, and as sent
/// where not.
/// </summary>
public sealed partial class Texts(BrowserStore store)
{
    public const string Vi = "vi";
    public const string En = "en";
    private const string LanguageKey = "cccd.station.language";

    // Each part of the app keeps its words beside it; they join the one dictionary here.
    static Texts()
    {
        foreach (var part in new[] { OfflineVietnamese, BiometricsVietnamese, FormVietnamese })
        {
            foreach (var (english, vietnamese) in part)
            {
                Vietnamese.TryAdd(english, vietnamese);
            }
        }
    }

    public string Language { get; private set; } = Vi;

    public event Action? Changed;

    public string this[string english] =>
        Language == Vi && Vietnamese.TryGetValue(english, out var vietnamese) ? vietnamese : english;

    public async Task LoadAsync()
    {
        if (await store.GetAsync(LanguageKey) is { } saved && saved is En or Vi && saved != Language)
        {
            Language = saved;
            Changed?.Invoke();
        }
    }

    public async Task SwitchAsync(string language)
    {
        Language = language == En ? En : Vi;
        await store.SetAsync(LanguageKey, Language);
        Changed?.Invoke();
    }
}
