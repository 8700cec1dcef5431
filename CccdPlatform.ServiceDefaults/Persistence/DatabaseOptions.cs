namespace CccdPlatform.ServiceDefaults.Persistence;

/// <summary>The database engine, from <c>Database:Provider</c>: PostgreSQL (the default) or SqlServer.</summary>
public enum DatabaseProvider
{
    PostgreSQL,
    SqlServer,
}
