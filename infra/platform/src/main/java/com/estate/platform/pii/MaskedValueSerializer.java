package com.estate.platform.pii;

import com.estate.platform.core.pii.MaskedValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** A {@link MaskedValue} as a JSON string: whole for the roles that need it, masked for everyone else. */
final class MaskedValueSerializer extends StdSerializer<MaskedValue> {

    private final UnmaskedRoles unmaskedRoles;

    MaskedValueSerializer(UnmaskedRoles unmaskedRoles) {
        super(MaskedValue.class);
        this.unmaskedRoles = unmaskedRoles;
    }

    @Override
    public void serialize(MaskedValue value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(unmaskedRoles.currentCallerSeesFullValues() ? value.fullValue() : value.masked());
    }
}
