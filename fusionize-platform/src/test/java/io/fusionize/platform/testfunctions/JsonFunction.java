package io.fusionize.platform.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** A POJO handler: the runtime binds its event and result through Jackson from the code's lib/. */
public final class JsonFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> result = new LinkedHashMap<>(event);
        result.put("function", context.getFunctionName());
        return result;
    }
}
