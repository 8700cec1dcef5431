using CccdPlatform.Domain.Forms;
using CccdPlatform.Station;
using CccdPlatform.Station.Offline;
using CccdPlatform.Station.Services;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The app is served by the gateway, which is also the identity service's public address (the tokens' issuer).
var gateway = new Uri(new Uri(builder.HostEnvironment.BaseAddress).GetLeftPart(UriPartial.Authority));
builder.Services.AddOidcAuthentication(options =>
{
    options.ProviderOptions.Authority = gateway.ToString();
    options.ProviderOptions.ClientId = StationClient.ClientId;
    options.ProviderOptions.ResponseType = "code";
    options.ProviderOptions.DefaultScopes.Add("offline_access");
    options.UserOptions.NameClaim = "name";
    options.UserOptions.RoleClaim = "role";
});
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddStationServices(gateway);
builder.Services.AddOfflineQueue();
// The form's checks in the browser report as intake's do: same messages, same field names.
ValidationSettings.Apply();

await builder.Build().RunAsync();
