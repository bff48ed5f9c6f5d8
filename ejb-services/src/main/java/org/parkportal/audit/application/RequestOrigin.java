package org.parkportal.audit.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * The client address of the request this thread is serving, so that back-office services can say where a
 * change came from. The portal's request filter enters it at the start of every request and leaves it at the end;
 * work without a request (timers, asynchronous threads) has no address.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestOrigin {

    private final ThreadLocal<String> address = new ThreadLocal<>();

    public void enter(String clientAddress) {
        address.set(clientAddress);
    }

    public void leave() {
        address.remove();
    }

    public Optional<String> address() {
        return Optional.ofNullable(address.get());
    }
}
