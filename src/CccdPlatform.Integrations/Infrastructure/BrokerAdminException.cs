namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>The broker's management API refused or failed a call. The message names the call, never a password.</summary>
public sealed class BrokerAdminException(string message, Exception? inner = null) : Exception(message, inner);
