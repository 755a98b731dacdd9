package org.chartroom.p2.transport;

import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.osgi.service.component.annotations.Component;

/**
 * Gives p2 a way to read repositories. Eclipse's own transport is built on ECF, which is not on Maven
 * Central; without one, p2 cannot load any repository, not even a local folder. This one reads
 * {@code file:} URLs from disk and {@code http(s):} URLs with the JDK's HTTP client.
 */
@Component(service = IAgentServiceFactory.class, property = {
		IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "=" + JdkTransportFactory.TRANSPORT_SERVICE_NAME,
		IAgentServiceFactory.PROP_AGENT_SERVICE_NAME + "=" + JdkTransportFactory.TRANSPORT_SERVICE_NAME })
public final class JdkTransportFactory implements IAgentServiceFactory {

	/** {@link Transport#SERVICE_NAME}, which annotations cannot read from a class of another bundle. */
	static final String TRANSPORT_SERVICE_NAME = "org.eclipse.equinox.internal.p2.repository.Transport";

	@Override
	public Object createService(IProvisioningAgent agent) {
		return new JdkTransport();
	}
}
