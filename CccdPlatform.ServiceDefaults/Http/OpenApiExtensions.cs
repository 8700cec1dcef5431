using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CccdPlatform.ServiceDefaults.Http;

public static class OpenApiExtensions
{
    /// <summary>
    /// An OpenAPI document that declares bearer authentication and a relative server, so the gateway's reference UI
    /// sends its tries through the gateway rather than straight to the service.
    /// </summary>
    public static IServiceCollection AddDefaultOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = [new OpenApiServer { Url = "/" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A platform token; in Development, POST /dev/token on the gateway issues one.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }));

    /// <summary>The document at <c>/openapi/v1.json</c>, readable without a token: it describes the API, no data.</summary>
    public static IEndpointConventionBuilder MapDefaultOpenApi(this WebApplication app) => app.MapOpenApi().AllowAnonymous();
}
