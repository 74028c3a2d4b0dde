namespace CapConduit.Api.Calls;

public static class CallEventsServiceCollectionExtensions
{
    /// <summary>The instance's <see cref="LiveEventHub"/> (one Redis subscription for all subscribers) and its options.</summary>
    public static IServiceCollection AddCallEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallEventsOptions>()
            .Bind(configuration.GetSection(CallEventsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LiveEventHub>();
        return services;
    }
}
