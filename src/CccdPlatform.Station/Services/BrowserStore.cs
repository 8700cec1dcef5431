using Microsoft.JSInterop;

namespace CccdPlatform.Station.Services;

/// <summary>
/// The browser's localStorage, for what belongs to the device and not to a person (its machine id, its language).
/// Citizens' data never goes here.
/// </summary>
public sealed class BrowserStore(IJSRuntime js)
{
    public ValueTask<string?> GetAsync(string key) => js.InvokeAsync<string?>("localStorage.getItem", key);

    public ValueTask SetAsync(string key, string value) => js.InvokeVoidAsync("localStorage.setItem", key, value);

    public ValueTask RemoveAsync(string key) => js.InvokeVoidAsync("localStorage.removeItem", key);
}
